package vn.pakn.petitions.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.pakn.notifications.control.MailAddresses;
import vn.pakn.notifications.control.MobileNumbers;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionContent;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.PetitionSubKind;
import vn.pakn.petitions.entity.Sender;
import vn.pakn.petitions.entity.SenderType;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;

/**
 * Reads a petition from its JSON form and checks every field, collecting all violations so the
 * sender can fix them at once. Decree 20/2008/NĐ-CP Art. 7 (as amended): a petition states its
 * content clearly and gives the sender's name, address and a phone number or a mailing address.
 *
 * <p>Whether the named field (lĩnh vực) exists is a question for the database and is checked at
 * intake.
 */
public final class PetitionFormReader {

  static final Pattern PHONE = Pattern.compile("(\\+84|84|0)[1-9]\\d{7,9}");
  static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
  static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** An organisation: 10 digits, a dependent unit 10 + 3 (written with or without a hyphen). */
  static final Pattern ORGANISATION_TAX_CODE = Pattern.compile("\\d{10}(-?\\d{3})?");

  /**
   * A person: the 12-digit personal identification number (căn cước), which is the personal tax
   * code since 1 July 2025 (Circular 86/2024/TT-BTC on tax registration); its first three digits
   * are a province code 001–096.
   */
  static final Pattern PERSONAL_TAX_CODE = Pattern.compile("0\\d{11}");

  static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]*");
  static final Pattern FIELD_CODE = Pattern.compile("[A-Z0-9_]{1,32}");

  private final List<Violation> violations = new ArrayList<>();
  private final Locale callerLanguage;

  private PetitionFormReader(Locale callerLanguage) {
    this.callerLanguage = callerLanguage;
  }

  /**
   * @throws ProblemException 400 with every violation found
   */
  public static PetitionForm read(JsonObject json, Locale callerLanguage) {
    return new PetitionFormReader(callerLanguage).readAll(json);
  }

  private PetitionForm readAll(JsonObject json) {
    JsonObject senderJson = object(json, "sender");
    Sender sender = senderJson == null ? null : sender(senderJson);

    PetitionKind kind = enumValue(json, "kind", PetitionKind.class, true);
    PetitionSubKind subKind = enumValue(json, "subKind", PetitionSubKind.class, false);
    if (kind != null && subKind != null && subKind.kind() != kind) {
      violations.add(new Violation("subKind", "subKind.mismatch", subKind.name(), kind.name()));
    }
    String field = text(json, "field", 32, true, false);
    if (field != null && !FIELD_CODE.matcher(field).matches()) {
      violations.add(new Violation("field", "field.unknown", field));
    }
    // asked whenever the kind does not say "proposal", a missing kind included: otherwise a sender
    // who left both out would learn of the procedure only on a second attempt
    boolean procedureRequired = kind != PetitionKind.PROPOSAL;
    String procedure = text(json, "procedure", 500, procedureRequired, false);
    String procedureCode = text(json, "procedureCode", 64, false, false);
    if (procedureCode != null && !PROCEDURE_CODE.matcher(procedureCode).matches()) {
      violations.add(new Violation("procedureCode", "procedureCode.format"));
    }
    String legalDocument = text(json, "legalDocument", 100, false, false);
    String title = text(json, "title", 250, true, false);
    if (title != null && title.codePointCount(0, title.length()) < 5) {
      violations.add(new Violation("title", "text.tooShort", 5));
    }
    String content = text(json, "content", 20_000, true, true);
    if (content != null && content.codePointCount(0, content.length()) < 10) {
      violations.add(new Violation("content", "text.tooShort", 10));
    }
    boolean publishName = bool(json, "publishName");
    Channel channel = enumValue(json, "channel", Channel.class, false);
    String language = text(json, "language", 8, false, false);
    if (language != null && !List.of("vi", "en").contains(language)) {
      violations.add(new Violation("language", "enum.unknown", language, "vi, en"));
    }
    LocalDate receivedOn = receivedOn(json, channel);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new PetitionForm(
        sender,
        new PetitionContent(
            kind, subKind, field, procedure, procedureCode, legalDocument, title, content),
        publishName,
        channel == null ? Channel.WEB : channel,
        language == null ? callerLanguage.getLanguage() : language,
        receivedOn);
  }

  /** Oldest arrival an officer may key in: a letter found in a drawer is still a petition. */
  static final int MAX_ARRIVAL_DAYS = 60;

  /**
   * The day a letter, call, mail or visit arrived, when an officer keys it in later (Decision
   * 31/2021 Art. 43.2); its deadlines count from that day. Not for the web, which is received at
   * once; never in the future or more than {@link #MAX_ARRIVAL_DAYS} ago.
   */
  private LocalDate receivedOn(JsonObject json, Channel channel) {
    String text = text(json, "receivedOn", 10, false, false);
    if (text == null) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(new Violation("receivedOn", "receivedOn.format"));
      return null;
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    if (channel == null || channel == Channel.WEB) {
      violations.add(new Violation("receivedOn", "receivedOn.web"));
    } else if (day.isAfter(today)) {
      violations.add(new Violation("receivedOn", "receivedOn.future"));
    } else if (day.isBefore(today.minusDays(MAX_ARRIVAL_DAYS))) {
      violations.add(new Violation("receivedOn", "receivedOn.tooOld", MAX_ARRIVAL_DAYS));
    }
    return day;
  }

  private Sender sender(JsonObject json) {
    SenderType type = enumValue(json, "type", SenderType.class, true, "sender.type");
    String name = text(json, "name", 200, true, false, "sender.name");
    String address = text(json, "address", 500, true, false, "sender.address");
    String phone = text(json, "phone", 32, false, false, "sender.phone");
    String mailingAddress =
        text(json, "mailingAddress", 500, false, false, "sender.mailingAddress");
    String email = text(json, "email", 254, false, false, "sender.email");
    String taxCode = text(json, "taxCode", 14, false, false, "sender.taxCode");
    if (phone != null) {
      phone = PHONE_SEPARATORS.matcher(phone).replaceAll("");
      if (!PHONE.matcher(phone).matches()) {
        violations.add(new Violation("sender.phone", "phone.format"));
      }
    } else if (mailingAddress == null
        && !absentButInvalid("sender.phone", "sender.mailingAddress")) {
      violations.add(new Violation("sender.phone", "phone.orMailingAddress"));
    }
    if (email != null
        && (!EMAIL.matcher(email).matches() || !MailAddresses.isValidAddress(email))) {
      violations.add(new Violation("sender.email", "email.format"));
    }
    if (taxCode != null && type != null) {
      boolean person = type == SenderType.PERSON;
      if (!(person ? PERSONAL_TAX_CODE : ORGANISATION_TAX_CODE).matcher(taxCode).matches()) {
        violations.add(
            new Violation("sender.taxCode", person ? "taxCode.person" : "taxCode.organisation"));
      }
    }
    Sender sender = new Sender(type, name, address, phone, mailingAddress, email, taxCode);
    return sender.withTextsTo(textsTo(json, phone, email));
  }

  /**
   * The mobile number texts go to: the sender's choice ({@code sender.texts}), on by default when
   * no email is given; a number that cannot get texts is a field error when texts were asked for,
   * and no texts otherwise (officers see why).
   */
  private String textsTo(JsonObject json, String phone, String email) {
    JsonValue asked = json.get("texts");
    boolean chosen = asked != null && asked != JsonValue.NULL;
    boolean wanted = chosen ? bool(json, "texts", "sender.texts") : email == null;
    if (!wanted || absentButInvalid("sender.phone")) {
      return null;
    }
    var mobile = MobileNumbers.normalise(phone);
    if (!mobile.isMobile() && chosen) {
      violations.add(
          new Violation(
              "sender.phone",
              phone == null ? "phone.requiredForTexts" : "phone.noTexts." + mobile.refusal()));
    }
    return mobile.e164();
  }

  /** Whether one of these fields was given but refused already (so "missing" would mislead). */
  private boolean absentButInvalid(String... fields) {
    return violations.stream().anyMatch(v -> List.of(fields).contains(v.field()));
  }

  private JsonObject object(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      violations.add(new Violation(name, "required"));
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(new Violation(name, "type.object"));
      return null;
    }
    return value.asJsonObject();
  }

  private boolean bool(JsonObject json, String name) {
    return bool(json, name, name);
  }

  private boolean bool(JsonObject json, String name, String field) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
      return false;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    violations.add(new Violation(field, "type.boolean"));
    return false;
  }

  private String text(JsonObject json, String name, int max, boolean required, boolean multiLine) {
    return text(json, name, max, required, multiLine, name);
  }

  private String text(
      JsonObject json, String name, int max, boolean required, boolean multiLine, String path) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        violations.add(new Violation(path, "required"));
      }
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      violations.add(new Violation(path, "type.string"));
      return null;
    }
    String raw = ((JsonString) value).getString();
    var forbidden = TextRules.forbiddenCharacter(raw, multiLine);
    if (forbidden.isPresent()) {
      violations.add(new Violation(path, forbidden.get()));
      return null;
    }
    String text = TextRules.normalize(raw);
    if (TextRules.isBlank(text)) {
      if (required) {
        violations.add(new Violation(path, "required"));
      }
      return null;
    }
    if (text.codePointCount(0, text.length()) > max) {
      violations.add(new Violation(path, "text.tooLong", max));
      return null;
    }
    return text;
  }

  private <E extends Enum<E>> E enumValue(
      JsonObject json, String name, Class<E> type, boolean required) {
    return enumValue(json, name, type, required, name);
  }

  private <E extends Enum<E>> E enumValue(
      JsonObject json, String name, Class<E> type, boolean required, String path) {
    String code = text(json, name, 40, required, false, path);
    if (code == null) {
      return null;
    }
    // exactly as listed: text() trims, so a code sent with spaces around it is refused
    String raw = ((JsonString) json.get(name)).getString();
    try {
      return Enum.valueOf(type, raw);
    } catch (IllegalArgumentException unknown) {
      var allowed = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
      }
      violations.add(new Violation(path, "enum.unknown", raw, allowed.toString()));
      return null;
    }
  }
}
