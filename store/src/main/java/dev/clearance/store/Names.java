package dev.clearance.store;

import java.util.regex.Pattern;

/**
 * Rules for names that appear in URLs (organization slugs, user handles, model names): lowercase
 * ASCII letters, digits, and single {@code -}, {@code _} or {@code .} between them, 1 to 64
 * characters. Names are compared exactly, so case differences cannot create look-alikes.
 */
public final class Names {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");
  private static final int MAX = 64;

  private Names() {}

  /**
   * Returns {@code value} if it is a valid name.
   *
   * @param what what the name is, for the message (e.g. {@code "user handle"})
   * @throws IllegalArgumentException naming {@code what} and the rule broken
   */
  public static String checkSlug(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    if (value.length() > MAX) {
      throw new IllegalArgumentException(
          what + " is " + value.length() + " characters long; at most " + MAX + " are allowed");
    }
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + printable(value)
              + "' is not allowed: use lowercase letters a-z, digits, and single '-', '_' or '.'"
              + " between them");
    }
    return value;
  }

  /**
   * Returns {@code value} stripped if it is a usable display text: 1 to 200 characters without
   * control characters.
   *
   * @throws IllegalArgumentException naming {@code what}
   */
  public static String checkText(String what, String value) {
    if (value == null || value.strip().isEmpty()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    String stripped = value.strip();
    if (stripped.length() > 200) {
      throw new IllegalArgumentException(
          what + " is " + stripped.length() + " characters long; at most 200 are allowed");
    }
    if (stripped.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(what + " contains control characters");
    }
    return stripped;
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .limit(80)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
