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
    value = shown(value);
  }

  /**
   * Longer values are first tried on their first this many characters: a value can be a whole
   * paragraph, of which only the first {@value #MAX_VALUE_CHARS} characters are shown.
   */
  private static final int PREFIX_CHARS = 4 * MAX_VALUE_CHARS;

  /**
   * {@link #collapseSpace} of the value, stripped, and cut to {@value #MAX_VALUE_CHARS} characters
   * with an ellipsis. Collapsing works character by character, so collapsing a prefix of the value
   * gives a prefix of the collapsed value; when that prefix already holds more than the cut after
   * its leading white space, the rest of the value cannot change the result.
   */
  private static String shown(String value) {
    if (value.length() > PREFIX_CHARS) {
      String prefix = collapseSpace(value.substring(0, PREFIX_CHARS));
      int lead = 0;
      while (lead < prefix.length() && Character.isWhitespace(prefix.charAt(lead))) {
        lead++;
      }
      for (int i = prefix.length() - 1; i >= lead + MAX_VALUE_CHARS; i--) {
        if (!Character.isWhitespace(prefix.charAt(i))) {
          return prefix.substring(lead, lead + MAX_VALUE_CHARS - 1) + "…";
        }
      }
    }
    String flat = collapseSpace(value).strip();
    return flat.length() > MAX_VALUE_CHARS ? flat.substring(0, MAX_VALUE_CHARS - 1) + "…" : flat;
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
