package dev.clearance.cli;

import java.util.Locale;

/** Makes text from input files safe to print on a terminal: control characters become escapes. */
final class TerminalText {

  private TerminalText() {}

  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      boolean control =
          (character < 0x20 && character != '\n' && character != '\t')
              || (character >= 0x7F && character <= 0x9F)
              || (character >= '\u202A' && character <= '\u202E')
              || (character >= '\u2066' && character <= '\u2069');
      if (control) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) character));
      } else {
        out.append(character);
      }
    }
    return out.toString();
  }
}
