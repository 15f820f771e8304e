package vn.pakn.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  @Test
  void readsObjectsArraysAndEveryKindOfValue() {
    JsonObject o =
        StrictJson.read(
                "{\"a\": \"Nội dung\", \"b\": [1, -2.5, 3e2, true, false, null], \"c\": {\"d\": 7}}",
                "body")
            .asJsonObject();
    assertThat(o.getString("a")).isEqualTo("Nội dung");
    assertThat(o.getJsonArray("b").getJsonNumber(0).isIntegral()).isTrue();
    assertThat(o.getJsonArray("b").getJsonNumber(0).longValue()).isEqualTo(1);
    assertThat(o.getJsonArray("b").getJsonNumber(1).doubleValue()).isEqualTo(-2.5);
    assertThat(o.getJsonArray("b").getJsonNumber(2).intValue()).isEqualTo(300);
    assertThat(o.getJsonArray("b").get(3)).isEqualTo(JsonValue.TRUE);
    assertThat(o.getJsonArray("b").get(5)).isEqualTo(JsonValue.NULL);
    assertThat(o.getJsonObject("c").getInt("d")).isEqualTo(7);
    assertThat(StrictJson.read("  {}\n\t ", "body").asJsonObject()).isEmpty();
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWhereItHappens() {
    String deepArray = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(refused(deepArray)).isEqualTo(new Violation("body", "json.tooDeep", 32));
    assertThat(refused("{\"content\": " + deepArray + "}"))
        .isEqualTo(new Violation("content", "json.tooDeep", 32));
    String deepObject = "{\"x\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(refused("{\"unknown\": " + deepObject + "}").key()).isEqualTo("json.tooDeep");
    assertThat(refused("{\"unknown\": " + deepObject + "}").field()).isEqualTo("unknown");
    // an unclosed deep body is refused just the same, without reading to its end
    assertThat(refused("[".repeat(100_000)).key()).isEqualTo("json.tooDeep");
    String atTheLimit = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
    assertThat(StrictJson.read(atTheLimit, "body").getValueType())
        .isEqualTo(JsonValue.ValueType.ARRAY);
  }

  @Test
  void aDuplicatedKeyIsRefusedAndNamed() {
    assertThat(refused("{\"kind\": \"CONDUCT\", \"kind\": \"PROPOSAL\"}"))
        .isEqualTo(new Violation("kind", "json.duplicateKey", "kind"));
    assertThat(refused("{\"sender\": {\"name\": \"A\", \"name\": \"B\"}}"))
        .isEqualTo(new Violation("sender.name", "json.duplicateKey", "name"));
    assertThat(StrictJson.read("{\"a\": {\"n\": 1}, \"b\": {\"n\": 2}}", "body").asJsonObject())
        .hasSize(2);
  }

  @Test
  void anythingAfterTheValueIsRefused() {
    for (String body :
        List.of("{} {}", "{\"a\": 1}{\"a\": 2}", "{} garbage", "{}]", "{} 1", "[] x")) {
      Violation v = refused(body);
      assertThat(v.field()).as(body).isEqualTo("body");
      assertThat(v.key()).as(body).isIn("json.trailing", "json.malformed");
    }
    assertThat(refused("{\"a\": 1} {\"a\": 2}").key()).isEqualTo("json.trailing");
  }

  @Test
  void hugeAndUnboundedNumbersAreRefused() {
    assertThat(refused("{\"version\": " + "9".repeat(100_000) + "}"))
        .isEqualTo(new Violation("version", "json.number", StrictJson.MAX_NUMBER_CHARS));
    assertThat(refused("{\"version\": 1e999999999}").key()).isEqualTo("json.number");
    assertThat(refused("{\"v\": [1, 0.00000000000000000000000000000000000000000001]}").field())
        .isEqualTo("v[1]");
    JsonNumber big =
        StrictJson.read("{\"n\": 123456789012345678901234567890}", "body")
            .asJsonObject()
            .getJsonNumber("n");
    assertThat(big.isIntegral()).isTrue();
    assertThat(big.bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
  }

  @Test
  void emptyAndMalformedTextIsRefused() {
    assertThat(refused("   ")).isEqualTo(new Violation("body", "json.empty"));
    assertThat(refused("{\"a\": ").key()).isEqualTo("json.malformed");
    assertThat(refused("{'a': 1}").key()).isEqualTo("json.malformed");
    assertThat(refused("{\"a\": NaN}").key()).isEqualTo("json.malformed");
  }

  @Test
  void aRequestBodyMustBeAnObject() {
    var e =
        catchThrowableOfType(
            ProblemException.class,
            () ->
                JsonBodies.parseObject(
                    "[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8), "body"));
    assertThat(e.violations()).containsExactly(new Violation("body", "json.object"));
  }

  private static Violation refused(String text) {
    var e = catchThrowableOfType(ProblemException.class, () -> StrictJson.read(text, "body"));
    assertThat(e).as(text.length() > 80 ? text.substring(0, 80) : text).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }
}
