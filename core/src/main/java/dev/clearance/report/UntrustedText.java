package dev.clearance.report;

import java.util.Locale;

/**
 * Makes text that came from a model card safe to show: terminal escape sequences, other control
 * characters, bidirectional overrides, unpaired surrogates and non-characters become visible {@code
 * \u001B}-style escapes, so card text can neither recolor a terminal, reorder what a reader sees,
 * nor make an XML report ill-formed.
 */
final class UntrustedText {

  private UntrustedText() {}

  /** Escapes unsafe characters; keeps line feeds and tabs. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int index = 0;
    while (index < text.length()) {
      char current = text.charAt(index);
      if (Character.isHighSurrogate(current)
          && index + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(index + 1))) {
        out.append(current).append(text.charAt(index + 1));
        index += 2;
        continue;
      }
      if (current == '\n' || current == '\t' || !unsafe(current)) {
        out.append(current);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) current));
      }
      index++;
    }
    return out.toString();
  }

  /** Like {@link #visible} and with every run of whitespace, line feeds included, as one space. */
  static String oneLine(String text) {
    return visible(text).replaceAll("\\s+", " ").strip();
  }

  /** Every line of the text prefixed with the indent; the text is made {@link #visible} first. */
  static String indent(String text, String indent) {
    StringBuilder out = new StringBuilder();
    for (String line : visible(text).strip().split("\n", -1)) {
      out.append(line.isBlank() ? "" : indent + line.stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static boolean unsafe(char character) {
    return character < 0x20
        || (character >= 0x7F && character <= 0x9F)
        || Character.isSurrogate(character)
        || character == '\uFFFE'
        || character == '\uFFFF'
        || character == '\u200E'
        || character == '\u200F'
        || (character >= '\u202A' && character <= '\u202E')
        || (character >= '\u2066' && character <= '\u2069');
  }
}
