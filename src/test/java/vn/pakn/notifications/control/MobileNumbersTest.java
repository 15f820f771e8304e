package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pakn.notifications.control.MobileNumbers.Refusal;

class MobileNumbersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0912345678|+84912345678",
        "0912 345 678|+84912345678",
        "0912.345.678|+84912345678",
        "0912-345-678|+84912345678",
        "+84 912 345 678|+84912345678",
        "+84912345678|+84912345678",
        "84912345678|+84912345678",
        "0084 912 345 678|+84912345678",
        "+84 (0) 912 345 678|+84912345678",
        "(+84) 912345678|+84912345678",
        "912345678|+84912345678",
        "０９１２３４５６７８|+84912345678",
        "＋８４９１２３４５６７８|+84912345678",
        // Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, Itel, Reddi
        "0326 123 456|+84326123456",
        "0986123456|+84986123456",
        "0886123456|+84886123456",
        "0703123456|+84703123456",
        "0923123456|+84923123456",
        "0523123456|+84523123456",
        "0993123456|+84993123456",
        "0873123456|+84873123456",
        "0553123456|+84553123456",
        // the 2018 changes: eleven digits to ten
        "01689123456|+84389123456",
        "0162 912 3456|+84329123456",
        "01209123456|+84709123456",
        "01219123456|+84799123456",
        "01229123456|+84779123456",
        "01269123456|+84769123456",
        "01289123456|+84789123456",
        "01239123456|+84839123456",
        "01249123456|+84849123456",
        "01259123456|+84859123456",
        "01279123456|+84819123456",
        "01299123456|+84829123456",
        "01869123456|+84569123456",
        "01889123456|+84589123456",
        "01999123456|+84599123456",
        "+84 1689 123 456|+84389123456",
        "841689123456|+84389123456",
      })
  void mobileNumbersBecomeE164(String typed, String e164) {
    var outcome = MobileNumbers.normalise(typed);
    assertThat(outcome.refusal()).isNull();
    assertThat(outcome.e164()).isEqualTo(e164);
    assertThat(outcome.smppAddress()).isEqualTo(e164.substring(1));
    assertThat(outcome.isMobile()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // landlines: Hà Nội, TP HCM, Sơn La, with and without the country code
        "024 3825 3536|LANDLINE",
        "028 3829 6052|LANDLINE",
        "0212 3852 139|LANDLINE",
        "+84 24 3825 3536|LANDLINE",
        "84 212 3852 139|LANDLINE",
        // other countries
        "+1 202 555 0143|FOREIGN",
        "+33 6 12 34 56 78|FOREIGN",
        "+856 20 5512 3456|FOREIGN",
        "0086 138 0013 8000|FOREIGN",
        // wrong length
        "091234567|WRONG_LENGTH",
        "09123456789|WRONG_LENGTH",
        "091234|WRONG_LENGTH",
        "+84 912 345 67|WRONG_LENGTH",
        "+84 912 345 6789|WRONG_LENGTH",
        "0168912345|WRONG_LENGTH",
        "12345|WRONG_LENGTH",
        // no mobile network: retired without conversion, unused, service numbers
        "0951234567|UNKNOWN_PREFIX",
        "0111234567|UNKNOWN_PREFIX",
        "0601234567|UNKNOWN_PREFIX",
        "1900 1234|UNKNOWN_PREFIX",
        "1800 1091|UNKNOWN_PREFIX",
        "01309123456|UNKNOWN_PREFIX",
        // not a number
        "không có|NOT_A_NUMBER",
        "0912abc678|NOT_A_NUMBER",
        "0912345678 ext 12|NOT_A_NUMBER",
        "'   '|NOT_A_NUMBER",
      })
  void otherNumbersGetNoTextsWithTheirReason(String typed, Refusal refusal) {
    var outcome = MobileNumbers.normalise(typed);
    assertThat(outcome.isMobile()).isFalse();
    assertThat(outcome.mobile()).isEmpty();
    assertThat(outcome.refusal()).isEqualTo(refusal);
  }

  @Test
  void nothingIsNotANumber() {
    assertThat(MobileNumbers.normalise(null).refusal()).isEqualTo(Refusal.NOT_A_NUMBER);
    assertThat(MobileNumbers.normalise("").refusal()).isEqualTo(Refusal.NOT_A_NUMBER);
  }
}
