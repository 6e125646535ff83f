package dev.clearance.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardHeadingsTest {

  @Test
  void belowSection_movesEveryHeadingTwoLevelsDown_cappedAtH6() {
    String html = "<h1 id=\"a\">Title</h1><h2>Use</h2><h5>Deep</h5><h6>Deepest</h6>";

    assertThat(CardHeadings.belowSection(html))
        .isEqualTo("<h3 id=\"a\">Title</h3><h4>Use</h4><h6>Deep</h6><h6>Deepest</h6>");
  }

  @Test
  void belowSection_leavesTextAndOtherTagsAlone() {
    String html = "<p>h1 &lt;h1&gt; <code>h2</code></p><hr><header>x</header>";

    assertThat(CardHeadings.belowSection(html)).isEqualTo(html);
  }
}
