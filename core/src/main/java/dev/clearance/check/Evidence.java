package dev.clearance.check;

import dev.clearance.document.Source;
import java.util.Objects;

/**
 * A piece of evidence behind a decision.
 *
 * @param what what this evidence shows ("license key", "ToxiGen result")
 * @param value the value found, shortened for display
 * @param source where it was found
 */
public record Evidence(String what, String value, Source source) {

  private static final int MAX_VALUE_CHARS = 200;

  public Evidence {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    String flat = collapseSpace(value).strip();
    value = flat.length() > MAX_VALUE_CHARS ? flat.substring(0, MAX_VALUE_CHARS - 1) + "…" : flat;
  }

  /**
   * {@code value} with each run of white space ({@code \\s} in a regular expression) as one space.
   */
  private static String collapseSpace(String value) {
    StringBuilder collapsed = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isSpace(c)) {
        if (collapsed != null) {
          collapsed.append(c);
        }
        continue;
      }
      boolean runStart = i == 0 || !isSpace(value.charAt(i - 1));
      if (collapsed == null) {
        if (c == ' ' && runStart) {
          continue; // a space starting a run stays as it is
        }
        collapsed = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (runStart) {
        collapsed.append(' ');
      }
    }
    return collapsed == null ? value : collapsed.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
