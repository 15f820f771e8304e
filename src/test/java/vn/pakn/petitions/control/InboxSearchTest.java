package vn.pakn.petitions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class InboxSearchTest {

  @Test
  void foldsVietnameseToPlainLowerCase() {
    assertThat(InboxSearch.fold("Nguyễn Thị Hoa – ĐẶNG Văn Được, Ủy ban"))
        .isEqualTo("nguyen thi hoa – dang van duoc, uy ban");
    assertThat(InboxSearch.fold("PAKN-2026-000123-K")).isEqualTo("pakn-2026-000123-k");
  }

  @Test
  void everyVietnameseLetterFoldsToItsBaseLetter() {
    String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    for (char c : (letters + letters.toUpperCase()).toCharArray()) {
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(0, 1);
      assertThat(InboxSearch.fold(String.valueOf(c))).as("%s", c).isEqualTo(base.toLowerCase());
    }
  }

  @Test
  void eachWordBecomesAPatternWithTheLikeCharactersEscaped() {
    assertThat(InboxSearch.patterns("  Chậm  trả, khai_sinh 100%  chậm "))
        .containsExactly("%cham%", "%tra%", "%khai\\_sinh%", "%100\\%%");
    assertThat(InboxSearch.patterns("0912 345 678")).containsExactly("%0912%", "%345%", "%678%");
    assertThat(InboxSearch.patterns("   ")).isEmpty();
    assertThat(InboxSearch.patterns(null)).isEmpty();
    assertThat(InboxSearch.patterns("a b c d e f g h i j k")).hasSize(InboxSearch.MAX_WORDS);
  }

  @Test
  void thePostgresqlIndexIsOnTheSameExpressionTheInboxQueries() throws IOException {
    String migration =
        Files.readString(
            Path.of("src/main/resources/db/postgresql/V30__inbox_search.sql"),
            StandardCharsets.UTF_8);
    assertThat(migration)
        .contains("((" + InboxSearch.DOCUMENT.replace("p.", "") + ") gin_trgm_ops)");
  }
}
