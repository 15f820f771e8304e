package vn.pakn.platform.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for people, in Vietnamese (the default) or English. Each component keeps its texts in its
 * own bundle under {@code i18n/} ({@code <bundle>.properties} in Vietnamese, {@code
 * <bundle>_en.properties} in English); a key is looked up in every bundle, in the order listed.
 */
public final class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "i18n.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static final Messages VI = new Messages(VIETNAMESE);
  private static final Messages EN = new Messages(Locale.ENGLISH);

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

  public String get(String key, List<Object> args) {
    String pattern = null;
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        pattern = bundle.getString(key);
        break;
      }
    }
    if (pattern == null) {
      return key;
    }
    return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
  }

  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }
}
