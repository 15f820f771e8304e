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
  void blankMeansNoVisibleLetterOrDigit() {
    assertThat(TextRules.isBlank(" \t\n\u00A0\u3000\u2003")).isTrue();
    assertThat(TextRules.isBlank(" . ")).isTrue();
    assertThat(TextRules.isBlank("!!! ??? ...")).isTrue();
    assertThat(TextRules.isBlank("a")).isFalse();
    assertThat(TextRules.isBlank("7")).isFalse();
    assertThat(TextRules.isBlank("Đ")).isFalse();
    assertThat(TextRules.isBlank("đường")).isFalse();
    assertThat(TextRules.isBlank("中文")).isFalse();
  }

  @Test
  void fillersBlanksAndMarksWithoutALetterAreBlank() {
    for (String s :
        new String[] {
          "\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164", // Hangul filler
          "\u115F\u1160\uFFA0", // Hangul choseong, jungseong and halfwidth fillers
          "\u2800\u2800\u2800\u2800\u2800\u2800\u2800\u2800\u2800\u2800", // Braille blank
          "\u180E\u180E\u180E", // Mongolian vowel separator
          "\u0300\u0301\u0303\u0309\u0323\u0300\u0301\u0303\u0309\u0323", // marks, no base
          "\u20DD\u20DE\u0488", // enclosing marks
          " \u3164 \u2800 \u0301 "
        }) {
      assertThat(TextRules.isBlank(s)).as(s).isTrue();
      assertThat(TextRules.isBlank(TextRules.normalize(s))).as(s).isTrue();
    }
    assertThat(TextRules.isBlank("\u3164a")).isFalse();
    assertThat(TextRules.isBlank("a\u0301")).isFalse();
  }

  @Test
  void theMongolianVowelSeparatorIsAnInvisibleCharacter() {
    assertThat(TextRules.forbiddenCharacter("a\u180Eb", false)).contains("text.invisibleCharacter");
  }
}
