package vn.pakn.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageShellTest {

  private static final Map<String, String> PARTS =
      Map.of(
          "header", "\n<header><a href=\"{{root}}index.html\">{{province}}</a></header>\n",
          "footer", "<footer>{{province}}</footer>");

  @Test
  void marksAreReplacedByTheirPartsWithTheValuesEscaped() {
    String page = "<body>\n  <!--#shell header-->\n<main>x</main>\n<!--#shell footer-->\n</body>";

    String html =
        PageShell.render(
            page, PARTS::get, Map.of("root", "../", "province", "Tỉnh <Sơn La> & \"A\""));

    assertThat(html)
        .isEqualTo(
            "<body>\n  <header><a href=\"../index.html\">Tỉnh &lt;Sơn La&gt; &amp;"
                + " &quot;A&quot;</a></header>\n<main>x</main>\n<footer>Tỉnh &lt;Sơn La&gt; &amp;"
                + " &quot;A&quot;</footer>\n</body>");
  }

  @Test
  void aPageWithoutMarksIsLeftAsItIs() {
    String page = "<p>{{province}} $1 \\ <!-- shell header --></p>";
    assertThat(PageShell.render(page, PARTS::get, Map.of())).isSameAs(page);
  }

  @Test
  void dollarsAndBackslashesInValuesAreKept() {
    assertThat(PageShell.render("<!--#shell footer-->", PARTS::get, Map.of("province", "$1 \\n")))
        .isEqualTo("<footer>$1 \\n</footer>");
  }

  @Test
  void anUnknownPartOrVariableIsAnError() {
    assertThatThrownBy(() -> PageShell.render("<!--#shell nav-->", PARTS::get, Map.of()))
        .hasMessageContaining("nav");
    assertThatThrownBy(() -> PageShell.render("<!--#shell footer-->", PARTS::get, Map.of()))
        .hasMessageContaining("{{province}}");
  }

  @Test
  void theRootLeadsBackFromAPagesFolder() {
    assertThat(PageShell.root("/index.html")).isEmpty();
    assertThat(PageShell.root("/")).isEmpty();
    assertThat(PageShell.root("/can-bo/hop-thu.html")).isEqualTo("../");
  }
}
