package vn.pakn.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.UnaryOperator;

/** A valid petition as JSON, and variations of it that break one rule at a time. */
public final class PetitionJson {

  private PetitionJson() {}

  public static JsonObject valid() {
    return Json.createObjectBuilder()
        .add(
            "sender",
            Json.createObjectBuilder()
                .add("type", "PERSON")
                .add("name", "Nguyễn Thị Hoa")
                .add("address", "Tổ 5, thị trấn Phù Yên, tỉnh Sơn La")
                .add("phone", "0912 345 678")
                .add("email", "hoa@example.vn"))
        .add("kind", "CONDUCT")
        .add("subKind", "DELAY")
        .add("field", "TPHT")
        .add("procedure", "Đăng ký khai sinh")
        .add("procedureCode", "1.001193")
        .add("legalDocument", "123/2015/NĐ-CP")
        .add("title", "Chậm trả kết quả đăng ký khai sinh")
        .add(
            "content",
            "Tôi nộp hồ sơ đăng ký khai sinh cho con ngày 02/10 tại UBND xã, đến nay quá hạn"
                + " mà chưa nhận được kết quả.")
        .add("publishName", false)
        .build();
  }

  /** The valid petition with one top-level member replaced (or removed when value is null). */
  public static JsonObject with(String name, JsonValue value) {
    return edit(valid(), name, value);
  }

  /** The valid petition with one member of {@code sender} replaced (or removed when null). */
  public static JsonObject withSender(String name, JsonValue value) {
    return with("sender", edit(valid().getJsonObject("sender"), name, value));
  }

  public static JsonObject with(String name, String value) {
    return with(name, Json.createValue(value));
  }

  public static JsonObject withSender(String name, String value) {
    return withSender(name, Json.createValue(value));
  }

  public static JsonObject edit(JsonObject object, UnaryOperator<JsonObjectBuilder> change) {
    return change.apply(Json.createObjectBuilder(object)).build();
  }

  private static JsonObject edit(JsonObject object, String name, JsonValue value) {
    return edit(object, b -> value == null ? b.remove(name) : b.add(name, value));
  }
}
