package vn.pakn.notifications.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.pakn.platform.control.Violation;

/**
 * Turns a message, a language and the caller's values into a {@link RenderedMail}. Values are
 * checked first, all of them, and refused with an {@link InvalidMailException} naming each variable
 * at fault: a required one missing or blank, one the message does not declare, one longer than its
 * declared maximum, control characters (line breaks only in {@code multiline} variables), a {@code
 * url} that is not an absolute http(s) address.
 *
 * <p>Values are inserted HTML-escaped in the HTML part ({@code multiline} line breaks become {@code
 * <br>}), as they are in the text part, and in the subject with any line break replaced by a space.
 * Values are normalised to Unicode NFC. Thread-safe.
 */
public final class MailRenderer {

  private final MailTemplates templates;
  private final Map<String, String> shared;

  /**
   * @param sharedValues the values of the shared variables of {@code messages.json} (portal name,
   *     portal address…), usually from configuration; checked like any value.
   */
  public MailRenderer(MailTemplates templates, Map<String, String> sharedValues) {
    this.templates = Objects.requireNonNull(templates);
    List<Violation> violations = new ArrayList<>();
    this.shared = check(templates.sharedVariables(), sharedValues, violations);
    if (!violations.isEmpty()) {
      throw new InvalidMailException(violations);
    }
  }

  public RenderedMail render(MailMessage message, Locale locale, Map<String, String> variables) {
    return render(message.id(), locale, variables);
  }

  /**
   * @throws InvalidMailException when the message or language is unknown or a value is refused
   */
  public RenderedMail render(String message, Locale locale, Map<String, String> variables) {
    Map<String, String> values = new HashMap<>(accepted(message, locale, variables));
    String language = locale.getLanguage();
    values.putAll(shared);
    Map<String, VariableKind> kinds = new HashMap<>();
    templates.sharedVariables().forEach((name, spec) -> kinds.put(name, spec.kind()));
    templates.variables(message).forEach((name, spec) -> kinds.put(name, spec.kind()));

    MailTemplates.MessageTemplates parts = templates.templates(message, language);
    MailTemplates.Layout layout = templates.layout(language);
    String subject = oneLine(parts.subject().render(format(values, kinds, Format.SUBJECT)));
    String footer = layout.footer().render(format(shared, kinds, Format.TEXT)).strip();

    Map<String, String> text = format(values, kinds, Format.TEXT);
    Map<String, String> textLayout = format(shared, kinds, Format.TEXT);
    textLayout.put(MailTemplates.CONTENT, parts.text().render(text).strip());
    textLayout.put(MailTemplates.FOOTER, footer);
    textLayout.put(MailTemplates.SUBJECT, subject);

    Map<String, String> html = format(values, kinds, Format.HTML);
    Map<String, String> htmlLayout = format(shared, kinds, Format.HTML);
    htmlLayout.put(MailTemplates.CONTENT, parts.html().render(html).strip());
    htmlLayout.put(MailTemplates.FOOTER, escapeLines(footer));
    htmlLayout.put(MailTemplates.SUBJECT, escape(subject));

    return new RenderedMail(
        message,
        language,
        subject,
        tidy(layout.text().render(textLayout)),
        tidy(layout.html().render(htmlLayout)));
  }

  /**
   * Checks a mail without rendering it, as {@link #render} would: the message, the language and
   * every value. The outbox stores what this returns and the sending job renders it later, so a
   * refused value is still the caller's problem at once.
   *
   * @return the values as rendering uses them (Unicode NFC, stripped; blank ones left out), keyed
   *     by name
   * @throws InvalidMailException when the message or language is unknown or a value is refused
   */
  public Map<String, String> accepted(
      String message, Locale locale, Map<String, String> variables) {
    if (message == null || !templates.hasMessage(message)) {
      throw new InvalidMailException(
          new Violation("message", "mail.render.unknownMessage", String.valueOf(message)));
    }
    String language = locale == null ? "" : locale.getLanguage();
    if (!MailTemplates.LANGUAGES.contains(language)) {
      throw new InvalidMailException(
          new Violation("language", "mail.render.unknownLanguage", String.valueOf(locale)));
    }
    List<Violation> violations = new ArrayList<>();
    Map<String, String> values =
        check(templates.variables(message), variables == null ? Map.of() : variables, violations);
    if (!violations.isEmpty()) {
      throw new InvalidMailException(violations);
    }
    return values;
  }

  /** The accepted values, normalised, keyed by name; blank values are left out. */
  private static Map<String, String> check(
      Map<String, VariableSpec> declared, Map<String, String> given, List<Violation> violations) {
    Map<String, String> values = new HashMap<>();
    given.keySet().stream()
        .filter(name -> !declared.containsKey(name))
        .sorted()
        .forEach(name -> violations.add(new Violation(name, "mail.render.undeclared")));
    for (VariableSpec spec : declared.values()) {
      String value = given.get(spec.name());
      if (value == null || value.isBlank()) {
        if (spec.required()) {
          violations.add(new Violation(spec.name(), "mail.render.missing"));
        }
        continue;
      }
      boolean multiLine = spec.kind() == VariableKind.MULTILINE;
      String normalized = Normalizer.normalize(value, Normalizer.Form.NFC);
      if (multiLine) {
        normalized = normalized.replace("\r\n", "\n");
      }
      var forbidden = ForbiddenCharacters.firstIn(normalized, multiLine);
      if (forbidden.isPresent()) {
        violations.add(
            new Violation(
                spec.name(),
                "mail.render.forbiddenCharacter",
                ForbiddenCharacters.describe(normalized, forbidden.getAsInt()),
                forbidden.getAsInt() + 1));
        continue;
      }
      normalized = normalized.strip();
      int length = normalized.codePointCount(0, normalized.length());
      if (length > spec.maxLength()) {
        violations.add(new Violation(spec.name(), "mail.render.tooLong", spec.maxLength(), length));
        continue;
      }
      if (spec.kind() == VariableKind.URL && !isWebAddress(normalized)) {
        violations.add(new Violation(spec.name(), "mail.render.badUrl"));
        continue;
      }
      values.put(spec.name(), normalized);
    }
    return values;
  }

  private static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private enum Format {
    SUBJECT,
    TEXT,
    HTML
  }

  private static Map<String, String> format(
      Map<String, String> values, Map<String, VariableKind> kinds, Format format) {
    Map<String, String> formatted = new HashMap<>();
    values.forEach(
        (name, value) ->
            formatted.put(
                name,
                switch (format) {
                  case SUBJECT -> oneLine(value);
                  case TEXT -> value;
                  case HTML ->
                      kinds.get(name) == VariableKind.MULTILINE
                          ? escapeLines(value)
                          : escape(value);
                }));
    return formatted;
  }

  /** Line breaks and other controls replaced by single spaces: subjects are one header line. */
  static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  /** Escapes the five characters that matter in HTML text and quoted attribute values. */
  static String escape(String text) {
    var out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String escapeLines(String text) {
    return escape(text).replace("\n", "<br>\n");
  }

  /** No trailing spaces, no runs of more than one empty line, one final line break. */
  private static String tidy(String text) {
    return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }
}
