package dev.clearance.server.card;

import java.util.Objects;

/**
 * A model card as inert HTML, ready to be inserted into a page unescaped.
 *
 * @param html the card's body as sanitized HTML (no front matter, no script, no styles, no remote
 *     images, links only to http, https, mailto or headings of the card)
 * @param truncated true when the card was longer than {@link CardHtml#MAX_CHARS} and only its
 *     beginning is shown
 * @param imagesReplaced how many images were replaced by their alt text (remote images are never
 *     loaded)
 * @param nestingCut how many parts nested deeper than {@link CardHtml#MAX_DEPTH} were left out
 */
public record RenderedCard(String html, boolean truncated, int imagesReplaced, int nestingCut) {

  public RenderedCard {
    Objects.requireNonNull(html, "html");
  }
}
