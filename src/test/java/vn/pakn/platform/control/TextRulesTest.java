package vn.pakn.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void vietnameseTextEmojiAndHtmlAreAllowed() {
    assertThat(TextRules.forbiddenCharacter("Ủy ban nhân dân xã Đông Sang 😊 <b>x</b>", false))
        .isEmpty();
  }

  @Test
  void lineBreaksAndTabsOnlyWhereAFieldHasSeveralLines() {
    assertThat(TextRules.forbiddenCharacter("dòng 1\ndòng 2\r\n\tthụt", true)).isEmpty();
    assertThat(TextRules.forbiddenCharacter("dòng 1\ndòng 2", false))
        .contains("text.controlCharacter");
  }

  @Test
  void controlCharactersAreRefused() {
    for (String s : new String[] {"a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b"}) {
      assertThat(TextRules.forbiddenCharacter(s, true)).as(s).contains("text.controlCharacter");
    }
  }

  @Test
  void invisibleAndDirectionChangingCharactersAreRefused() {
    for (String s :
        new String[] {"a\u200Bb", "a\u200Db", "a\u202Eb", "a\u2066b", "\uFEFFab", "a\u00ADb"}) {
      assertThat(TextRules.forbiddenCharacter(s, true)).as(s).contains("text.invisibleCharacter");
    }
  }

  @Test
  void loneSurrogatesAreRefused() {
    assertThat(TextRules.forbiddenCharacter("a\uD800b", true)).contains("text.invalidCharacter");
    assertThat(TextRules.forbiddenCharacter("a\uDC00", true)).contains("text.invalidCharacter");
  }

  @Test
  void textIsStoredComposedWithPlainLineBreaks() {
    String decomposed = Normalizer.normalize("Thủ tục hành chính", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Thủ tục hành chính");
    assertThat(TextRules.normalize("  " + decomposed + "\r\n")).isEqualTo("Thủ tục hành chính");
    assertThat(TextRules.normalize("a\r\nb")).isEqualTo("a\nb");
  }

  @Test
  void blankMeansOnlyWhiteSpaceOfAnyKind() {
    assertThat(TextRules.isBlank(" \t\n\u00A0\u3000\u2003")).isTrue();
    assertThat(TextRules.isBlank(" . ")).isFalse();
  }
}
