package dev.clearance.server.card;

import java.util.Optional;

/**
 * The markdown body of a card as it is rendered: without a byte-order mark, with {@code \n} line
 * ends, without YAML front matter (it is shown as facts elsewhere), and cut at a line end when it
 * is longer than a limit.
 *
 * @param body the markdown to render
 * @param truncated true when the body was cut
 */
record CardSource(String body, boolean truncated) {

  /** The body of {@code text}, at most {@code maxChars} characters long. */
  static CardSource of(String text, int maxChars) {
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
    String body = withoutFrontMatter(normalized).orElse(normalized);
    if (body.length() <= maxChars) {
      return new CardSource(body, false);
    }
    int cut = body.lastIndexOf('\n', maxChars);
    return new CardSource(body.substring(0, cut > 0 ? cut : maxChars), true);
  }

  /**
   * The text after front matter that opens with a {@code ---} line and closes with {@code ---} or
   * {@code ...}, as the card reader splits it; empty when there is none or it is never closed (then
   * the whole text is shown, as the check refused such a card anyway).
   */
  private static Optional<String> withoutFrontMatter(String text) {
    int firstEnd = text.indexOf('\n');
    if (firstEnd < 0 || !text.substring(0, firstEnd).strip().equals("---")) {
      return Optional.empty();
    }
    int start = firstEnd + 1;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end).strip();
      if (line.equals("---") || line.equals("...")) {
        return Optional.of(end < 0 ? "" : text.substring(end + 1));
      }
      if (end < 0) {
        return Optional.empty();
      }
      start = end + 1;
    }
    return Optional.empty();
  }
}
