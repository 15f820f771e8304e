package vn.pakn.platform.control;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The parts every page shares (the header with the province's name and emblem, the footer), written
 * once in {@code WEB-INF/shell/<name>.html} and put into a page where it says {@code <!--#shell
 * name-->}. Parts may use {@code {{root}}} (the way back to the application's root from the page,
 * such as {@code ../}) and the portal's values ({@code {{province}}}, …), which are HTML-escaped. A
 * page without markers is left as it is; an unknown part is a programming error.
 */
public final class PageShell {

  private static final Pattern MARKER = Pattern.compile("<!--#shell ([a-z][a-z-]*)-->");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  private PageShell() {}

  /**
   * @param page the page as stored
   * @param parts a part's text by its name, null when there is none
   * @param values the variables' values, unescaped
   */
  public static String render(
      String page, Function<String, String> parts, Map<String, String> values) {
    Matcher marker = MARKER.matcher(page);
    if (!marker.find()) {
      return page;
    }
    var out = new StringBuilder(page.length() + 2048);
    do {
      String part = parts.apply(marker.group(1));
      if (part == null) {
        throw new IllegalStateException("no shell part " + marker.group(1));
      }
      marker.appendReplacement(out, Matcher.quoteReplacement(fill(part.strip(), values)));
    } while (marker.find());
    marker.appendTail(out);
    return out.toString();
  }

  /**
   * A page whose own text uses the variables too, such as the error page served at any address,
   * whose links must start from the application's root: its variables are filled, then its parts.
   */
  public static String renderDocument(
      String page, Function<String, String> parts, Map<String, String> values) {
    return render(fill(page, values), parts, values);
  }

  /**
   * The portal's values from configuration ({@code pakn.portal.province}, {@code
   * pakn.portal.province.en}, {@code pakn.portal.emblem}) for a page whose way back to the root is
   * {@code root}.
   */
  public static Map<String, String> values(Config config, String root) {
    String province =
        config.getOptionalValue("pakn.portal.province", String.class).orElse("Tỉnh Sơn La");
    String emblem =
        config.getOptionalValue("pakn.portal.emblem", String.class).orElse("img/quoc-huy.svg");
    return Map.of(
        "root",
        root,
        "province",
        province,
        "provinceEn",
        config.getOptionalValue("pakn.portal.province.en", String.class).orElse(province),
        "emblem",
        emblem.startsWith("data:") ? emblem : root + emblem);
  }

  /** {@code ""} for a page at the root, {@code "../"} for one a folder down, and so on. */
  public static String root(String pathInApplication) {
    long depth = pathInApplication.chars().filter(c -> c == '/').count() - 1;
    return "../".repeat((int) Math.max(0, depth));
  }

  private static String fill(String part, Map<String, String> values) {
    Matcher variable = VARIABLE.matcher(part);
    var out = new StringBuilder(part.length() + 128);
    while (variable.find()) {
      String value = values.get(variable.group(1));
      if (value == null) {
        throw new IllegalStateException("no value for {{" + variable.group(1) + "}}");
      }
      variable.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
    }
    variable.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
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
}
