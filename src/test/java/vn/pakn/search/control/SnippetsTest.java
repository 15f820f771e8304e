package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void marksBecomePartsAndEntitiesPlainText() {
    assertThat(
            Snippets.parts(
                "Thủ tục <mark>khai</mark> <mark>sinh</mark> &lt;b&gt; &amp; &quot;x&quot;"))
        .containsExactly(
            new Snippets.Part("Thủ tục ", false),
            new Snippets.Part("khai", true),
            new Snippets.Part(" ", false),
            new Snippets.Part("sinh", true),
            new Snippets.Part(" <b> & \"x\"", false));
  }

  @Test
  void scriptInTheTextStaysText() {
    assertThat(Snippets.parts("&lt;script&gt;alert(1)&lt;/script&gt;"))
        .containsExactly(new Snippets.Part("<script>alert(1)</script>", false));
  }

  @Test
  void emptyUnclosedAndAdjacentMarks() {
    assertThat(Snippets.parts(null)).isEmpty();
    assertThat(Snippets.parts("")).isEmpty();
    assertThat(Snippets.parts("a <mark>b"))
        .containsExactly(new Snippets.Part("a ", false), new Snippets.Part("b", true));
    assertThat(Snippets.parts("<mark>a</mark><mark>b</mark>"))
        .containsExactly(new Snippets.Part("ab", true));
    assertThat(Snippets.parts("&amp;lt;")).containsExactly(new Snippets.Part("&lt;", false));
  }
}
