package vn.pakn.search.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.VietnamTime;

/**
 * One published answer from an old portal, as an import row carries it, checked field by field.
 * Rows come as JSON Lines objects or CSV records with a header; both name the same columns, in
 * camelCase or snake_case: {@code legacyId, title, question, answer, agencyCode, fieldCode, kind,
 * publishedDate, sourceUrl}. Markup that old portals export (p, br, b, i, …) is turned into plain
 * text; script, style, frames, event handlers and javascript: links make the row an error.
 *
 * @param kind a {@link PetitionKind} name
 */
public record LegacyAnswer(
    String legacyId,
    String title,
    String question,
    String answer,
    String agencyCode,
    String fieldCode,
    String kind,
    Instant publishedAt,
    String sourceUrl) {

  /** The columns, in the order of a CSV header. */
  public static final List<String> COLUMNS =
      List.of(
          "legacyId",
          "title",
          "question",
          "answer",
          "agencyCode",
          "fieldCode",
          "kind",
          "publishedDate",
          "sourceUrl");

  static final Set<String> REQUIRED =
      Set.of("legacyId", "title", "answer", "agencyCode", "fieldCode", "kind", "publishedDate");
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final Pattern LEGACY_ID = Pattern.compile("[\\p{L}\\p{N}._:/#-]{1,100}");
  private static final Pattern DANGEROUS =
      Pattern.compile(
          "(?is)<\\s*/?\\s*(script|style|iframe|frame|object|embed|form|svg|math|link|meta)\\b"
              + "|\\bon[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html");
  private static final Pattern BREAK =
      Pattern.compile("(?i)<\\s*(br|/p|/div|/li|p|div|li)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?i)<\\s*/?\\s*[a-z][a-z0-9]*\\b[^<>]*>");
  private static final Pattern SPACE_BEFORE_BREAK = Pattern.compile("[ \\t]+\\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  /** A problem with a row: a message key and its arguments. */
  public record Problem(String key, List<Object> args) {
    Problem(String key, Object... args) {
      this(key, List.of(args));
    }
  }

  /** A checked row: the answer, or what is wrong with it. */
  public record Checked(LegacyAnswer answer, List<Problem> problems) {}

  /** Column name as written (camelCase, snake_case, any case) → the column, or null. */
  static String column(String name) {
    String plain = name.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    for (String column : COLUMNS) {
      if (column.toLowerCase(Locale.ROOT).equals(plain)) {
        return column;
      }
    }
    return null;
  }

  /** The values of a JSON Lines record, or a problem. */
  static Map<String, String> fromJson(String text, List<Problem> problems) {
    JsonObject object;
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        problems.add(new Problem("import.notAnObject"));
        return Map.of();
      }
      object = value.asJsonObject();
    } catch (JsonException | IllegalStateException notJson) {
      problems.add(new Problem("import.notJson"));
      return Map.of();
    }
    var values = new HashMap<String, String>();
    for (var entry : object.entrySet()) {
      String column = column(entry.getKey());
      if (column == null) {
        continue;
      }
      JsonValue v = entry.getValue();
      switch (v.getValueType()) {
        case STRING -> values.put(column, ((jakarta.json.JsonString) v).getString());
        case NUMBER -> values.put(column, v.toString());
        case NULL -> {}
        default -> problems.add(new Problem("import.notText", column));
      }
    }
    return values;
  }

  /** The fields of a CSV record (RFC 4180: "" is a quote inside a quoted value). */
  static List<String> csvFields(String record) {
    var fields = new ArrayList<String>();
    var field = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (inQuotes) {
        if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        inQuotes = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * Checks the values of a row.
   *
   * @param agencies the agency codes that exist
   * @param fields the field codes that exist
   */
  static Checked check(
      Map<String, String> values, Set<String> agencies, Set<String> fields, Instant now) {
    var problems = new ArrayList<Problem>();
    for (String column : COLUMNS) {
      String value = values.get(column);
      if (value == null || value.isBlank()) {
        if (REQUIRED.contains(column)) {
          problems.add(new Problem("import.required", column));
        }
        continue;
      }
      TextRules.forbiddenCharacter(value, true)
          .ifPresent(key -> problems.add(new Problem("import.character", column)));
      if (mayHoldMarkup(value) && DANGEROUS.matcher(value).find()) {
        problems.add(new Problem("import.script", column));
      }
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    String legacyId = values.get("legacyId").strip();
    if (!LEGACY_ID.matcher(legacyId).matches()) {
      problems.add(new Problem("import.legacyId"));
    }
    String title = text(values.get("title"), "title", 300, problems);
    String question = text(values.getOrDefault("question", ""), "question", 20_000, problems);
    String answer = text(values.get("answer"), "answer", 20_000, problems);
    String agency = values.get("agencyCode").strip();
    if (!agencies.contains(agency)) {
      problems.add(new Problem("import.agency", clip(agency)));
    }
    String field = values.get("fieldCode").strip();
    if (!fields.contains(field)) {
      problems.add(new Problem("import.field", clip(field)));
    }
    String kind = values.get("kind").strip().toUpperCase(Locale.ROOT);
    if (Arrays.stream(PetitionKind.values()).noneMatch(k -> k.name().equals(kind))) {
      problems.add(new Problem("import.kind", clip(kind), Arrays.toString(PetitionKind.values())));
    }
    Instant published = date(values.get("publishedDate").strip(), now, problems);
    String source = values.get("sourceUrl");
    if (source != null && !source.isBlank()) {
      source = source.strip();
      if (source.length() > 2000 || !source.matches("(?i)https?://\\S+")) {
        problems.add(new Problem("import.sourceUrl"));
      }
    } else {
      source = null;
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(
        new LegacyAnswer(legacyId, title, question, answer, agency, field, kind, published, source),
        List.of());
  }

  private static String text(String value, String column, int max, List<Problem> problems) {
    String plain = TextRules.normalize(plainText(value)).strip();
    if (plain.isEmpty() && !"question".equals(column)) {
      problems.add(new Problem("import.required", column));
    }
    if (plain.length() > max) {
      problems.add(new Problem("import.tooLong", column, max));
    }
    return plain;
  }

  /**
   * Markup of old portals as plain text: breaks as new lines, other tags dropped, entities read.
   */
  static String plainText(String value) {
    String text = value;
    if (text.indexOf('<') >= 0) {
      text = BREAK.matcher(text).replaceAll("\n");
      text = TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text =
          text.replace("&nbsp;", " ")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&amp;", "&");
    }
    if (text.indexOf('\n') >= 0) {
      text = SPACE_BEFORE_BREAK.matcher(text).replaceAll("\n");
      text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    }
    return text;
  }

  /**
   * Every dangerous form needs a "&lt;", an "=" or a ":": a text without them (most answers) is not
   * scanned.
   */
  private static boolean mayHoldMarkup(String value) {
    return value.indexOf('<') >= 0 || value.indexOf('=') >= 0 || value.indexOf(':') >= 0;
  }

  private static Instant date(String value, Instant now, List<Problem> problems) {
    Instant at;
    try {
      at =
          value.length() <= 10
              ? LocalDate.parse(value).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()
              : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notADate) {
      problems.add(new Problem("import.date", clip(value)));
      return null;
    }
    Instant earliest = EARLIEST.atStartOfDay(VietnamTime.ZONE).toInstant();
    if (at.isBefore(earliest) || at.isAfter(now.plusSeconds(86_400))) {
      problems.add(new Problem("import.dateRange", clip(value), EARLIEST.toString()));
    }
    return at;
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  /** A hash of what is published, so a re-import of an unchanged row changes nothing. */
  String contentHash() {
    try {
      var digest = java.security.MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            title, question, answer, agencyCode, fieldCode, kind, publishedAt.toString()
          }) {
        digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
