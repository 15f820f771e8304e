package vn.pakn.notifications.control;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.pakn.platform.control.Jsons;

/**
 * The mail templates of {@code mail-templates/}, loaded and validated as a whole: an instance
 * exists only when every message its manifest declares has a subject, a text and an HTML part in
 * every language, each part parses, uses only declared variables and uses every declared one, and
 * the layouts are complete. Otherwise {@link MailTemplateException} lists every problem found, so a
 * bad template stops the application at start-up rather than failing when a mail is sent.
 *
 * <p>The format is documented in {@code mail-templates/README.md}.
 */
public final class MailTemplates {

  public static final String MANIFEST = "messages.json";
  public static final List<String> LANGUAGES = List.of("vi", "en");

  /** Names only layouts may use: the rendered body, the footer, the subject (for the title). */
  static final String CONTENT = "content";

  static final String FOOTER = "footer";
  static final String SUBJECT = "subject";
  private static final Set<String> RESERVED = Set.of(CONTENT, FOOTER, SUBJECT);

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern MESSAGE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int LONGEST_VALUE = 100_000;
  private static final Set<String> VARIABLE_PROPERTIES =
      Set.of("required", "maxLength", "type", "description");
  private static final Set<String> IGNORED_FILES = Set.of("README.md");

  /** The three parts of a message. */
  public enum Part {
    SUBJECT("subject.txt"),
    TEXT("txt"),
    HTML("html");

    private final String extension;

    Part(String extension) {
      this.extension = extension;
    }

    String file(String message, String language) {
      return message + "." + language + "." + extension;
    }
  }

  record MessageTemplates(Template subject, Template text, Template html) {}

  record Layout(Template html, Template text, Template footer) {}

  /** Reads a file of the template set by its name; empty when it does not exist. */
  @FunctionalInterface
  interface FileSource {
    Optional<byte[]> read(String name) throws IOException;
  }

  private final String origin;
  private final Map<String, VariableSpec> shared;
  private final Map<String, Map<String, VariableSpec>> variables;
  private final Map<String, MessageTemplates> templates;
  private final Map<String, Layout> layouts;

  private MailTemplates(
      String origin,
      Map<String, VariableSpec> shared,
      Map<String, Map<String, VariableSpec>> variables,
      Map<String, MessageTemplates> templates,
      Map<String, Layout> layouts) {
    this.origin = origin;
    this.shared = Map.copyOf(shared);
    this.variables = Map.copyOf(variables);
    this.templates = Map.copyOf(templates);
    this.layouts = Map.copyOf(layouts);
  }

  /**
   * Loads the templates of a folder; files there that belong to no declared message are reported
   * too (a misspelt file name would otherwise be silently ignored).
   */
  public static MailTemplates fromDirectory(Path directory) {
    Path root = directory.toAbsolutePath().normalize();
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(root)) {
      files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).forEach(present::add);
    } catch (NoSuchFileException absent) {
      throw new MailTemplateException(
          root.toString(),
          List.of(TemplateProblem.of(root.toString(), 0, "mail.templates.noFolder")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FileSource source =
        name -> {
          Path file = root.resolve(name);
          return Files.isRegularFile(file)
              ? Optional.of(Files.readAllBytes(file))
              : Optional.empty();
        };
    return load(root.toString(), source, Optional.of(present));
  }

  /**
   * Loads the templates packaged on the class path under {@code root} (e.g. {@code mail-templates}
   * in the WAR's classes).
   */
  public static MailTemplates fromClasspath(ClassLoader loader, String root) {
    String prefix = root.endsWith("/") ? root : root + "/";
    FileSource source =
        name -> {
          try (InputStream in = loader.getResourceAsStream(prefix + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
          }
        };
    return load("classpath:" + prefix, source, Optional.empty());
  }

  static MailTemplates load(String origin, FileSource source, Optional<Set<String>> present) {
    return new Loader(origin, source).load(present);
  }

  /** Where the templates came from: a folder or a class path location. */
  public String origin() {
    return origin;
  }

  /** The variables a message declares, by name, in declaration order. */
  /** The ids of the messages the manifest declares, sorted. */
  public Set<String> messages() {
    return new TreeSet<>(variables.keySet());
  }

  public Map<String, VariableSpec> variables(String message) {
    Map<String, VariableSpec> declared = variables.get(message);
    if (declared == null) {
      throw new IllegalArgumentException("unknown message " + message);
    }
    return declared;
  }

  /** The variables every template and layout may use, filled from configuration. */
  public Map<String, VariableSpec> sharedVariables() {
    return shared;
  }

  /**
   * The problems of using these templates for the given messages: each must be declared in the
   * manifest (and so has every part in every language). Empty when all are there.
   */
  public List<TemplateProblem> missing(Collection<MailMessage> required) {
    return required.stream()
        .map(MailMessage::id)
        .distinct()
        .sorted()
        .filter(id -> !hasMessage(id))
        .map(id -> TemplateProblem.of(MANIFEST, 0, "mail.manifest.messageMissing", id))
        .toList();
  }

  boolean hasMessage(String message) {
    return variables.containsKey(message);
  }

  MessageTemplates templates(String message, String language) {
    return templates.get(message + "." + language);
  }

  Layout layout(String language) {
    return layouts.get(language);
  }

  /** Reads, parses and validates everything, collecting problems instead of stopping at one. */
  private static final class Loader {

    private final String origin;
    private final FileSource source;
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Set<String> expectedFiles = new HashSet<>();

    Loader(String origin, FileSource source) {
      this.origin = origin;
      this.source = source;
    }

    MailTemplates load(Optional<Set<String>> present) {
      expectedFiles.add(MANIFEST);
      Map<String, VariableSpec> shared = new LinkedHashMap<>();
      Map<String, Map<String, VariableSpec>> variables = new LinkedHashMap<>();
      if (!readManifest(shared, variables)) {
        // without a readable manifest every template would be reported too: report the cause only
        throw new MailTemplateException(origin, problems);
      }
      Map<String, MessageTemplates> templates = new HashMap<>();
      Map<String, Layout> layouts = new HashMap<>();
      for (String language : LANGUAGES) {
        layouts.put(language, layout(language, shared));
        variables.forEach(
            (message, declared) ->
                templates.put(
                    message + "." + language, message(message, language, shared, declared)));
      }
      present.ifPresent(
          files ->
              files.stream()
                  .filter(f -> !expectedFiles.contains(f) && !IGNORED_FILES.contains(f))
                  .forEach(
                      f -> problems.add(TemplateProblem.of(f, 0, "mail.template.unexpected"))));
      if (!problems.isEmpty()) {
        problems.sort(
            Comparator.comparing(TemplateProblem::file).thenComparingInt(TemplateProblem::line));
        throw new MailTemplateException(origin, problems);
      }
      return new MailTemplates(origin, shared, variables, templates, layouts);
    }

    // --- the manifest ---

    /** False when the manifest is missing or not JSON at all. */
    private boolean readManifest(
        Map<String, VariableSpec> shared, Map<String, Map<String, VariableSpec>> variables) {
      Optional<String> text = read(MANIFEST);
      if (text.isEmpty()) {
        return false;
      }
      JsonObject root;
      try (var reader = Jsons.JSON.createReader(new StringReader(text.get()))) {
        root = reader.readObject();
      } catch (JsonParsingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        problems.add(
            TemplateProblem.of(MANIFEST, (int) line, "mail.manifest.syntax", e.getMessage()));
        return false;
      } catch (JsonException e) {
        problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.syntax", e.getMessage()));
        return false;
      }
      unknownProperties(root, Set.of("shared", "messages", "description"), "");
      object(root, "shared", "shared")
          .ifPresent(o -> o.forEach((name, spec) -> variable("shared", name, spec, shared)));
      Optional<JsonObject> messages = object(root, "messages", "messages");
      if (messages.isEmpty()) {
        return true;
      }
      messages
          .get()
          .forEach(
              (id, value) -> {
                String path = "messages." + id;
                if (!MESSAGE_ID.matcher(id).matches()) {
                  problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.unknownMessage", id));
                  return;
                }
                if (!(value instanceof JsonObject message)) {
                  problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.notObject", path));
                  return;
                }
                unknownProperties(message, Set.of("variables", "description"), path);
                Map<String, VariableSpec> declared = new LinkedHashMap<>();
                object(message, "variables", path + ".variables")
                    .ifPresent(
                        o ->
                            o.forEach(
                                (name, spec) -> {
                                  if (shared.containsKey(name)) {
                                    problems.add(
                                        TemplateProblem.of(
                                            MANIFEST, 0, "mail.manifest.sharedClash", path, name));
                                  } else {
                                    variable(path + ".variables", name, spec, declared);
                                  }
                                }));
                variables.put(id, declared);
              });
      return true;
    }

    private void variable(
        String parent, String name, JsonValue value, Map<String, VariableSpec> into) {
      String path = parent + "." + name;
      if (!NAME.matcher(name).matches()) {
        problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.badName", path));
        return;
      }
      if (RESERVED.contains(name)) {
        problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.reservedName", path));
        return;
      }
      // a faulty declaration still declares the name, so its uses are not reported as well
      into.put(name, new VariableSpec(name, true, LONGEST_VALUE, VariableKind.TEXT));
      if (!(value instanceof JsonObject spec)) {
        problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.notObject", path));
        return;
      }
      unknownProperties(spec, VARIABLE_PROPERTIES, path);
      JsonValue required = spec.get("required");
      boolean validRequired = required == JsonValue.TRUE || required == JsonValue.FALSE;
      if (!validRequired) {
        problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.required", path));
      }
      JsonValue max = spec.get("maxLength");
      boolean validMax =
          max instanceof JsonNumber number
              && number.isIntegral()
              && number.longValue() >= 1
              && number.longValue() <= LONGEST_VALUE;
      if (!validMax) {
        problems.add(
            TemplateProblem.of(MANIFEST, 0, "mail.manifest.maxLength", path, LONGEST_VALUE));
      }
      JsonValue type = spec.get("type");
      Optional<VariableKind> kind =
          type == null
              ? Optional.of(VariableKind.TEXT)
              : type instanceof JsonString s
                  ? VariableKind.declaredAs(s.getString())
                  : Optional.empty();
      if (kind.isEmpty()) {
        problems.add(TemplateProblem.of(MANIFEST, 0, "mail.manifest.type", path));
      }
      if (validRequired && validMax && kind.isPresent()) {
        into.put(
            name,
            new VariableSpec(
                name, required == JsonValue.TRUE, ((JsonNumber) max).intValue(), kind.get()));
      }
    }

    private Optional<JsonObject> object(JsonObject parent, String key, String path) {
      JsonValue value = parent.get(key);
      if (value instanceof JsonObject object) {
        return Optional.of(object);
      }
      problems.add(
          TemplateProblem.of(
              MANIFEST,
              0,
              value == null ? "mail.manifest.missingProperty" : "mail.manifest.notObject",
              path));
      return Optional.empty();
    }

    private void unknownProperties(JsonObject object, Set<String> known, String path) {
      object.keySet().stream()
          .filter(k -> !known.contains(k))
          .forEach(
              k ->
                  problems.add(
                      TemplateProblem.of(
                          MANIFEST,
                          0,
                          "mail.manifest.unknownProperty",
                          path.isEmpty() ? k : path + "." + k)));
    }

    // --- the templates ---

    private MessageTemplates message(
        String message,
        String language,
        Map<String, VariableSpec> shared,
        Map<String, VariableSpec> declared) {
      Map<String, VariableSpec> allowed = new HashMap<>(shared);
      allowed.putAll(declared);
      Map<Part, Set<String>> used = new HashMap<>();
      Map<Part, Template> parts = new HashMap<>();
      for (Part part : Part.values()) {
        String file = part.file(message, language);
        Optional<Template> template = template(file);
        if (template.isEmpty()) {
          continue;
        }
        parts.put(part, template.get());
        Set<String> names = new LinkedHashSet<>();
        for (Template.Use use : template.get().uses()) {
          names.add(use.name());
          checkUse(file, use, allowed, Set.of());
          VariableSpec spec = allowed.get(use.name());
          if (part == Part.SUBJECT && spec != null && spec.kind() == VariableKind.MULTILINE) {
            problems.add(
                TemplateProblem.of(
                    file, use.line(), "mail.template.multilineInSubject", use.name()));
          }
        }
        used.put(part, names);
      }
      if (parts.size() < Part.values().length) {
        return null;
      }
      String prefix = message + "." + language + ".*";
      for (VariableSpec spec : declared.values()) {
        boolean inText = used.get(Part.TEXT).contains(spec.name());
        boolean inHtml = used.get(Part.HTML).contains(spec.name());
        boolean inSubject = used.get(Part.SUBJECT).contains(spec.name());
        if (!inText && !inHtml && !inSubject) {
          problems.add(
              TemplateProblem.of(
                  prefix,
                  0,
                  spec.required() ? "mail.template.requiredUnused" : "mail.template.unused",
                  spec.name()));
        } else if (inText != inHtml) {
          Part missing = inText ? Part.HTML : Part.TEXT;
          problems.add(
              TemplateProblem.of(
                  missing.file(message, language), 0, "mail.template.notInBothParts", spec.name()));
        }
      }
      return new MessageTemplates(
          parts.get(Part.SUBJECT), parts.get(Part.TEXT), parts.get(Part.HTML));
    }

    private Layout layout(String language, Map<String, VariableSpec> shared) {
      String htmlFile = "_layout." + language + ".html";
      String textFile = "_layout." + language + ".txt";
      String footerFile = "_footer." + language + ".txt";
      Optional<Template> html = template(htmlFile);
      Optional<Template> text = template(textFile);
      Optional<Template> footer = template(footerFile);
      html.ifPresent(t -> checkLayout(t, shared));
      text.ifPresent(t -> checkLayout(t, shared));
      footer.ifPresent(t -> t.uses().forEach(use -> checkUse(footerFile, use, shared, Set.of())));
      if (html.isEmpty() || text.isEmpty() || footer.isEmpty()) {
        return null;
      }
      return new Layout(html.get(), text.get(), footer.get());
    }

    private void checkLayout(Template layout, Map<String, VariableSpec> shared) {
      Map<String, Integer> counts = new HashMap<>();
      for (Template.Use use : layout.uses()) {
        checkUse(layout.file(), use, shared, RESERVED);
        if (RESERVED.contains(use.name())) {
          if (use.section()) {
            problems.add(
                TemplateProblem.of(
                    layout.file(), use.line(), "mail.template.reservedSection", use.name()));
          }
          counts.merge(use.name(), 1, Integer::sum);
        }
      }
      for (String name : List.of(CONTENT, FOOTER)) {
        int count = counts.getOrDefault(name, 0);
        if (count != 1) {
          problems.add(
              TemplateProblem.of(layout.file(), 0, "mail.template.layoutOnce", name, count));
        }
      }
    }

    private void checkUse(
        String file, Template.Use use, Map<String, VariableSpec> allowed, Set<String> reserved) {
      String name = use.name();
      if (reserved.contains(name)) {
        return;
      }
      if (RESERVED.contains(name)) {
        problems.add(TemplateProblem.of(file, use.line(), "mail.template.reservedName", name));
        return;
      }
      VariableSpec spec = allowed.get(name);
      if (spec == null) {
        problems.add(TemplateProblem.of(file, use.line(), "mail.template.undeclared", name));
      } else if (!spec.required() && !use.section() && !use.insideOwnSection()) {
        problems.add(TemplateProblem.of(file, use.line(), "mail.template.optionalOutside", name));
      }
    }

    private Optional<Template> template(String file) {
      Optional<String> text = read(file);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (text.get().isBlank()) {
        problems.add(TemplateProblem.of(file, 0, "mail.template.empty"));
        return Optional.empty();
      }
      String source = text.get();
      if (file.endsWith(".subject.txt")) {
        source = source.strip();
        int lineBreak = source.indexOf('\n');
        if (lineBreak >= 0) {
          problems.add(TemplateProblem.of(file, 2, "mail.template.subjectLineBreak"));
        }
      }
      return Optional.of(Template.parse(file, source, problems));
    }

    /** A file as NFC text with {@code \n} line ends, or empty (and a problem) when missing. */
    private Optional<String> read(String file) {
      expectedFiles.add(file);
      Optional<byte[]> bytes;
      try {
        bytes = source.read(file);
      } catch (IOException e) {
        problems.add(TemplateProblem.of(file, 0, "mail.template.unreadable", e.toString()));
        return Optional.empty();
      }
      if (bytes.isEmpty()) {
        problems.add(TemplateProblem.of(file, 0, "mail.template.missing"));
        return Optional.empty();
      }
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.get()))
                .toString();
      } catch (CharacterCodingException e) {
        problems.add(TemplateProblem.of(file, 0, "mail.template.notUtf8"));
        return Optional.empty();
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
  }
}
