package dev.clearance.server.web.org;

/**
 * Texts people wrote (finding titles, reasons, names) as the organization pages show them: jte
 * escapes markup, and this makes bidirectional embedding, override and isolate controls (U+202A to
 * U+202E, U+2066 to U+2069) visible as {@code [U+202E]}, so they cannot reorder what a reader sees
 * (as model cards do, docs/card-rendering.md).
 */
public final class Shown {

  private Shown() {}

  /** {@code text} with every bidi control shown as {@code [U+XXXX]}; null stays null. */
  public static String text(String text) {
    if (text == null || text.codePoints().noneMatch(Shown::isBidiControl)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            codePoint -> {
              if (isBidiControl(codePoint)) {
                shown.append(String.format("[U+%04X]", codePoint));
              } else {
                shown.appendCodePoint(codePoint);
              }
            });
    return shown.toString();
  }

  private static boolean isBidiControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }
}
