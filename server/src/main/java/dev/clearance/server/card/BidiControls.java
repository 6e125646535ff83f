package dev.clearance.server.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 * visible instead of letting them reorder what a reader sees ("Trojan Source"): each one, raw or as
 * a numeric character reference, becomes the text {@code [U+202E]}. The replacement holds no
 * character that is special in HTML, so it is safe in text and in attribute values alike.
 */
final class BidiControls {

  private static final Pattern CONTROL =
      Pattern.compile(
          "[\\u202A-\\u202E\\u2066-\\u2069]"
              + "|&#(?:[xX]0*(?:202[a-eA-E]|206[6-9])|0*(?:823[4-8]|829[4-7]));");

  private BidiControls() {}

  /** {@code html} with every bidi control shown as {@code [U+XXXX]}. */
  static String neutralize(String html) {
    Matcher matcher = CONTROL.matcher(html);
    if (!matcher.find()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 32);
    do {
      matcher.appendReplacement(out, marker(matcher.group()));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }

  /** True when {@code text} holds a raw bidi control. */
  static boolean present(String text) {
    return text.codePoints().anyMatch(BidiControls::isControl);
  }

  static boolean isControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  private static String marker(String found) {
    int codePoint;
    if (found.startsWith("&#x") || found.startsWith("&#X")) {
      codePoint = Integer.parseInt(found.substring(3, found.length() - 1), 16);
    } else if (found.startsWith("&#")) {
      codePoint = Integer.parseInt(found.substring(2, found.length() - 1));
    } else {
      codePoint = found.codePointAt(0);
    }
    return String.format("[U+%04X]", codePoint);
  }
}
