package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenCodesTest {

  @Test
  void tokensAreShortUnambiguousAndFitTheResponseFormat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String token = TokenCodes.newToken();
      assertThat(token).hasSize(12).matches("[A-HJKMNP-TV-Z2-9]+");
      assertThat(ResponseValidator.TOKEN.matcher(token).matches()).isTrue();
      seen.add(token);
    }
    assertThat(seen).hasSize(2000);
  }

  @Test
  void onlyAHashIsStoredAndTypingIsForgiving() {
    String token = "ABCDEFGH2345";
    assertThat(TokenCodes.hash(token)).matches("[0-9a-f]{64}");
    assertThat(TokenCodes.hash(" abcdefgh2345 ")).isEqualTo(TokenCodes.hash(token));
    assertThat(TokenCodes.hash("ABCDEFGH2346")).isNotEqualTo(TokenCodes.hash(token));
  }

  @Test
  void secretsAndKioskCodes() {
    assertThat(TokenCodes.newSecret()).matches("[0-9a-f]{64}");
    assertThat(TokenCodes.newSecret()).isNotEqualTo(TokenCodes.newSecret());
    assertThat(TokenCodes.newKioskCode()).matches("K-[A-Z2-9]{8}");
  }

  @Test
  void aQrCodeIsAPathOfModulesWithAQuietZone() {
    var svg = QrCodes.of("https://pakn.example/danh-gia.html?survey=kiosk&token=ABCDEFGH2345");
    assertThat(svg.size()).isGreaterThanOrEqualTo(21 + 8);
    assertThat(svg.path()).startsWith("M4,4h1v1h-1z").matches("(M\\d+,\\d+h1v1h-1z)+");
  }
}
