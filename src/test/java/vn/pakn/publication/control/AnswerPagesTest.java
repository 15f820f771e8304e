package vn.pakn.publication.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerPagesTest {

  @Test
  void aShortQuestionIsTheDescriptionOnOneLine() {
    assertThat(AnswerPages.description("  Phí chứng thực\n bản sao  ", 160))
        .isEqualTo("Phí chứng thực bản sao");
    assertThat(AnswerPages.description(null, 160)).isEmpty();
  }

  @Test
  void aLongQuestionIsCutAtAWord() {
    String question = "Xin hỏi thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ tại xã ".repeat(5);
    String description = AnswerPages.description(question, 60);
    assertThat(description).endsWith("…").hasSizeLessThanOrEqualTo(60);
    assertThat(question).startsWith(description.substring(0, description.length() - 1));
    assertThat(description.charAt(description.length() - 2)).isNotEqualTo(' ');
  }
}
