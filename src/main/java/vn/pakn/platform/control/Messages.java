package vn.pakn.platform.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Texts for people, in Vietnamese (the default) or English. Each component keeps its texts in its
 * own bundle under {@code i18n/} ({@code <bundle>.properties} in Vietnamese, {@code
 * <bundle>_en.properties} in English); a key is looked up in every bundle, in the order listed.
 */
public final class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  static final List<String> BUNDLES =
      List.of(
          "i18n.messages",
          "i18n.officers",
          "i18n.deadlines",
          "i18n.notifications",
          "i18n.search",
          "i18n.publication",
          "i18n.surveys",
          "i18n.documents");

  private static final Messages VI = new Messages(VIETNAMESE);
  private static final Messages EN = new Messages(Locale.ENGLISH);

  private final List<ResourceBundle> bundles;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    var control =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    this.bundles = BUNDLES.stream().flatMap(name -> load(name, locale, control)).toList();
  }

  private static Stream<ResourceBundle> load(
      String name, Locale locale, ResourceBundle.Control control) {
    try {
      return Stream.of(ResourceBundle.getBundle(name, locale, control));
    } catch (MissingResourceException absent) {
      return Stream.empty();
    }
  }

  public static Messages of(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? EN : VI;
  }

  /**
   * The best supported language for an {@code Accept-Language} header: English only when the caller
   * prefers it to Vietnamese, Vietnamese otherwise.
   */
  public static Locale negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return VIETNAMESE;
    }
    try {
      var ranges = Locale.LanguageRange.parse(acceptLanguage);
      Locale best = Locale.lookup(ranges, SUPPORTED);
      return best == null ? VIETNAMESE : best;
    } catch (IllegalArgumentException malformed) {
      return VIETNAMESE;
    }
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key, Object... args) {
    return get(key, List.of(args));
  }

  /** The text for a key with its arguments filled in; the key itself when no bundle has it. */
  public String get(String key, List<Object> args) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
      }
    }
    return key;
  }

  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }
}
