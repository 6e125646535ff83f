package dev.clearance.server.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cards render inert (OPS-2): every file of the hostile corpus in {@code hostile/} gives HTML with
 * no executable construct ({@link InertHtml}), and the parts a reader needs survive.
 */
class CardHtmlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "script-tags.md",
        "event-handlers.md",
        "javascript-markdown-links.md",
        "javascript-reference-links.md",
        "javascript-raw-html.md",
        "data-links.md",
        "svg-mathml.md",
        "images.md",
        "css.md",
        "frames-forms.md",
        "clobbering.md",
        "bidi.md",
        "huge-nesting.md"
      })
  void render_hostileCard_isInert(String file) {
    RenderedCard card = CardHtml.render(hostile(file));

    assertThat(InertHtml.problems(card.html())).as(card.html()).isEmpty();
    assertThat(card.html().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script", "<svg", "<math", "<img", "<iframe", "<style", "<form", "<meta")
        .doesNotContain("alert(1)</script", "onerror=", "onload=", "style=");
  }

  @Test
  void render_frontMatter_isNotShown() {
    RenderedCard card = CardHtml.render(hostile("script-tags.md"));

    assertThat(card.html()).doesNotContain("pipeline_tag", "license: mit");
    assertThat(card.html()).startsWith("<h1 id=\"card-scripts\">Scripts</h1>");
  }

  @Test
  void render_codeBlock_showsScriptAsText() {
    RenderedCard card = CardHtml.render(hostile("script-tags.md"));

    assertThat(card.html()).contains("&lt;script&gt;alert(&#39;this is code, shown as text&#39;)");
  }

  @Test
  void render_javascriptLinks_keepTheirTextWithoutLink() {
    String html = CardHtml.render(hostile("javascript-markdown-links.md")).html();

    assertThat(html).contains("plain", "mixed case", "angle brackets", "tab entity", "vbscript");
    assertThat(html).contains("relative").doesNotContain("admin/delete\"");
    assertThat(html).doesNotContain("href=\"//evil.example");
    assertThat(html)
        .contains(
            "<a href=\"https://ok.example/page\" rel=\"nofollow noopener noreferrer\">fine</a>");
  }

  @Test
  void render_referenceLinks_onlyWebTargetStaysLinked() {
    String html = CardHtml.render(hostile("javascript-reference-links.md")).html();

    assertThat(html).contains("the docs", "the other docs", "the last");
    assertThat(html.split("<a ", -1)).hasSize(2);
    assertThat(html).contains("href=\"https://ok.example/\"");
  }

  @Test
  void render_rawHtmlLinks_webLinkGetsRelAndNoTarget() {
    String html = CardHtml.render(hostile("javascript-raw-html.md")).html();

    assertThat(html)
        .contains(
            "<a href=\"https://ok.example/\" rel=\"nofollow noopener noreferrer\">target</a>");
    assertThat(html).doesNotContain("target=", "_blank");
    // Not HTML to commonmark (no space between attributes): shown as text.
    assertThat(html).contains("&lt;a href&#61;&#34;https://ok.example/&#34;onclick");
  }

  @Test
  void render_remoteImages_becomeAltTextLinks() {
    RenderedCard card = CardHtml.render(hostile("images.md"));

    assertThat(card.html())
        .contains(
            "<a href=\"https://tracker.example/pixel.png\" rel=\"nofollow noopener noreferrer\">"
                + "remote logo</a>")
        .contains(">image</a>")
        .contains("local")
        .doesNotContain("images/diagram.png");
    // The badge is inside a link already: its alt text stays the text of that one link.
    assertThat(card.html())
        .contains(
            "<a href=\"https://ok.example/\" rel=\"nofollow noopener noreferrer\">badge inside a"
                + " link</a>");
    assertThat(card.imagesReplaced()).isEqualTo(5);
  }

  @Test
  void render_headings_getPrefixedUniqueIdsAndFragmentLinksFollow() {
    String html = CardHtml.render(hostile("clobbering.md")).html();

    assertThat(html)
        .contains("<h1 id=\"card-body\">body</h1>")
        .contains("<h2 id=\"card-csrf-token\">csrf-token</h2>")
        .contains("<h2 id=\"card-usage\">Usage</h2>")
        .contains("<a href=\"#card-usage\" rel=\"nofollow noopener noreferrer\">jump</a>");
    assertThat(html).doesNotContain("login-form\"", "name=", "csrfToken", "csrf-form");
  }

  @Test
  void render_sameHeadingTwice_numbersTheSecond() {
    String html = CardHtml.render("## Results\n\ntext\n\n## Results\n\n## Results 2\n").html();

    assertThat(html)
        .contains("id=\"card-results\"")
        .contains("id=\"card-results-2\"")
        .contains("id=\"card-results-2-2\"");
  }

  @Test
  void render_bidiControls_becomeVisibleMarkers() {
    String html = CardHtml.render(hostile("bidi.md")).html();

    assertThat(html).contains("user[U+202E] [U+2066]// admin[U+2069]");
    assertThat(html).contains("[U+202E]reversed[U+202C]", "[U+202E]decimal[U+202C]");
    assertThat(html).contains("[U+2067] hidden [U+2069]");
    assertThat(BidiControls.present(html)).isFalse();
    assertThat(html).doesNotContainIgnoringCase("&#x202e;").doesNotContain("&#8238;");
  }

  @Test
  void render_hugeNesting_isCutAndTheRestRendered() {
    RenderedCard card = CardHtml.render(hostile("huge-nesting.md"));

    assertThat(card.nestingCut()).isPositive();
    assertThat(card.html()).contains("<h1 id=\"card-huge-nesting\">Huge nesting</h1>", "…");
  }

  @Test
  void render_overlongCard_isCutAtALineEnd() {
    String line = "Words of a very long card.\n\n";
    String markdown = "# Long\n\n" + line.repeat(CardHtml.MAX_CHARS / line.length() + 10);

    RenderedCard card = CardHtml.render(markdown);

    assertThat(card.truncated()).isTrue();
    assertThat(card.html()).endsWith("<p>Words of a very long card.</p>\n");
    assertThat(CardHtml.render("# Short\n").truncated()).isFalse();
  }

  @Test
  void render_unclosedFrontMatter_showsTheTextInertly() {
    String html = CardHtml.render("---\nlicense: mit\n<script>alert(1)</script>\n").html();

    assertThat(html).contains("license: mit").doesNotContain("<script");
  }

  @Test
  void render_windowsLineEndsAndBom_areRead() {
    String html =
        CardHtml.render("\uFEFF---\r\nlicense: mit\r\n---\r\n# Title\r\n\r\nText\r\n").html();

    assertThat(html).isEqualTo("<h1 id=\"card-title\">Title</h1>\n<p>Text</p>\n");
  }

  @Test
  void render_gfmTable_keepsAlignment() {
    String html = CardHtml.render("| a | b |\n|:--|--:|\n| 1 | 2 |\n").html();

    assertThat(html).contains("<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>");
    assertThat(InertHtml.problems(html)).isEmpty();
  }

  static String hostile(String file) {
    try (InputStream in = CardHtmlTest.class.getResourceAsStream("hostile/" + file)) {
      assertThat(in).as("test resource hostile/" + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
