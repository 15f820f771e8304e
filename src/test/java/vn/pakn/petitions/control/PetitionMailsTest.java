package vn.pakn.petitions.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PetitionMailsTest {

  @Test
  void aReasonLongerThanTheTemplateAllowsIsShortenedNotRefused() {
    String reason = "Không thuộc phạm vi\n" + "ắ".repeat(2000);
    String fitted = PetitionMails.fit(reason, PetitionMails.MAX_REASON);
    assertThat(fitted.codePointCount(0, fitted.length())).isEqualTo(PetitionMails.MAX_REASON);
    assertThat(fitted).startsWith("Không thuộc phạm vi").endsWith("…");
    assertThat(PetitionMails.fit("ngắn", 10)).isEqualTo("ngắn");
  }
}
