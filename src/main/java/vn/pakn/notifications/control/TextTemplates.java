package vn.pakn.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS templates ({@code mail-templates/sms/}): {@code messages.json} declares each message's
 * variables with their longest length; {@code <message>.vi.txt} and {@code <message>.en.txt} hold
 * the text with {@code {{name}}} variables. Checked when loaded, every problem listed at once: a
 * missing or unreadable file, an undeclared variable, and the length budget — with every variable
 * at its declared longest, the message must fit in {@code maxParts} parts in the configured
 * encoding, since providers bill per part and long texts annoy.
 */
public final class TextTemplates {

  public static final List<String> LANGUAGES = List.of("vi", "en");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

  private final Map<String, Map<String, Integer>> variables;
  private final Map<String, String> sources;
  private final SmsEncoding encoding;
  private final int maxParts;

  private TextTemplates(
      Map<String, Map<String, Integer>> variables,
      Map<String, String> sources,
      SmsEncoding encoding,
      int maxParts) {
    this.variables = variables;
    this.sources = sources;
    this.encoding = encoding;
    this.maxParts = maxParts;
  }

  /** Problems found in SMS templates; the message lists every one. */
  public static class TextTemplateException extends RuntimeException {
    private final List<String> problems;

    TextTemplateException(String origin, List<String> problems) {
      super("SMS templates in " + origin + " are not usable:\n  " + String.join("\n  ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  public static TextTemplates fromClasspath(
      ClassLoader loader, String root, SmsEncoding encoding, int maxParts) {
    String prefix = root.endsWith("/") ? root : root + "/";
    return load(
        "classpath:" + prefix,
        name -> {
          try (InputStream in = loader.getResourceAsStream(prefix + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        encoding,
        maxParts);
  }

  /**
   * @param files the bytes of a file by name, empty when absent
   */
  public static TextTemplates load(
      String origin, Function<String, Optional<byte[]>> files, SmsEncoding encoding, int maxParts) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Integer>> variables = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    Optional<byte[]> manifest = files.apply("messages.json");
    if (manifest.isEmpty()) {
      throw new TextTemplateException(origin, List.of("messages.json is missing"));
    }
    JsonObject messages;
    try (var reader = Json.createReader(new ByteArrayInputStream(manifest.get()))) {
      messages = reader.readObject().getJsonObject("messages");
    } catch (RuntimeException e) {
      throw new TextTemplateException(
          origin, List.of("messages.json is not a JSON object with \"messages\": " + e));
    }
    if (messages == null) {
      throw new TextTemplateException(origin, List.of("messages.json has no \"messages\""));
    }
    for (var message : messages.entrySet()) {
      Map<String, Integer> declared = new LinkedHashMap<>();
      JsonValue vars =
          message.getValue() instanceof JsonObject o ? o.get("variables") : JsonValue.NULL;
      if (!(vars instanceof JsonObject object)) {
        problems.add("messages.json: " + message.getKey() + " has no \"variables\" object");
        continue;
      }
      for (var variable : object.entrySet()) {
        if (variable.getValue() instanceof JsonNumber n && n.isIntegral() && n.intValue() > 0) {
          declared.put(variable.getKey(), n.intValue());
        } else {
          problems.add(
              "messages.json: "
                  + message.getKey()
                  + "."
                  + variable.getKey()
                  + " must be its longest length, a positive whole number");
        }
      }
      variables.put(message.getKey(), declared);
      for (String language : LANGUAGES) {
        String file = message.getKey() + "." + language + ".txt";
        Optional<byte[]> bytes = files.apply(file);
        if (bytes.isEmpty()) {
          problems.add(file + " is missing");
          continue;
        }
        String source = new String(bytes.get(), StandardCharsets.UTF_8).strip();
        sources.put(file, source);
        Matcher m = VARIABLE.matcher(source);
        while (m.find()) {
          if (!declared.containsKey(m.group(1))) {
            problems.add(file + ": {{" + m.group(1) + "}} is not declared in messages.json");
          }
        }
        String stripped = VARIABLE.matcher(source).replaceAll("");
        if (stripped.contains("{{") || stripped.contains("}}")) {
          problems.add(file + ": a {{ or }} that is not a variable");
        }
      }
    }
    var templates = new TextTemplates(variables, sources, encoding, maxParts);
    if (problems.isEmpty()) {
      problems.addAll(templates.overBudget());
    }
    if (!problems.isEmpty()) {
      throw new TextTemplateException(origin, problems);
    }
    return templates;
  }

  /** The templates that, with every variable at its longest, need more than the parts allowed. */
  private List<String> overBudget() {
    List<String> problems = new ArrayList<>();
    for (var file : sources.entrySet()) {
      String message = file.getKey().substring(0, file.getKey().indexOf('.'));
      Map<String, String> longest = new TreeMap<>();
      variables.get(message).forEach((name, max) -> longest.put(name, "x".repeat(max)));
      String text = encoding.prepare(substitute(file.getValue(), longest));
      int parts = encoding.parts(text);
      if (parts > maxParts) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: %d characters with every variable at its longest, %d %s parts;"
                    + " the budget is pakn.sms.maxParts = %d (shorten the text or a variable's"
                    + " longest length)",
                file.getKey(),
                encoding.length(text),
                parts,
                encoding,
                maxParts));
      }
    }
    return problems;
  }

  /** The messages whose templates are missing. */
  public List<String> missing(Collection<TextMessage> sent) {
    return sent.stream()
        .map(TextMessage::id)
        .distinct()
        .filter(id -> !variables.containsKey(id))
        .map(id -> id + " is sent by a component but has no SMS templates")
        .toList();
  }

  public Set<String> messages() {
    return variables.keySet();
  }

  public SmsEncoding encoding() {
    return encoding;
  }

  /**
   * The text of a message in a language (English for {@code en}, Vietnamese otherwise), as written
   * (with its diacritics; the sender folds it when the encoding is GSM7).
   *
   * @throws IllegalArgumentException for an unknown message, a missing or undeclared variable, or a
   *     value longer than declared: the composing component cuts its values to fit
   */
  public String render(TextMessage message, Locale language, Map<String, String> values) {
    Map<String, Integer> declared = variables.get(message.id());
    if (declared == null) {
      throw new IllegalArgumentException("no SMS templates for " + message.id());
    }
    for (var variable : declared.entrySet()) {
      String value = values.get(variable.getKey());
      if (value == null) {
        throw new IllegalArgumentException(message.id() + ": no value for " + variable.getKey());
      }
      if (value.codePointCount(0, value.length()) > variable.getValue()) {
        throw new IllegalArgumentException(
            message.id()
                + ": "
                + variable.getKey()
                + " is longer than "
                + variable.getValue()
                + " characters");
      }
    }
    String lang = "en".equals(language.getLanguage()) ? "en" : "vi";
    return substitute(sources.get(message.id() + "." + lang + ".txt"), values)
        .replaceAll("\\s+", " ");
  }

  /** The longest length declared for a variable of a message. */
  public int maxLength(TextMessage message, String variable) {
    return variables.get(message.id()).get(variable);
  }

  private static String substitute(String source, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** At most {@code max} code points of a value, cut with an ellipsis. */
  public static String fit(String value, int max) {
    String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
  }
}
