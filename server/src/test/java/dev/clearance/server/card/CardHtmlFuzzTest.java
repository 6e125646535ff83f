package dev.clearance.server.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Property test of the card renderer: for any text, the HTML holds no executable construct ({@link
 * InertHtml}: no script or other disallowed tag, no {@code on…} or {@code style} attribute, no link
 * but web, mail and card headings, so no {@code javascript:}) and never fails. Regression seeds are
 * in {@code CardHtmlFuzzTestInputs/}.
 */
class CardHtmlFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void render_anyText_isInert(byte[] input) {
    RenderedCard card = CardHtml.render(new String(input, StandardCharsets.UTF_8));

    assertThat(InertHtml.problems(card.html())).as(card.html()).isEmpty();
    assertThat(card.html().toLowerCase(Locale.ROOT)).doesNotContain("<script");
  }
}
