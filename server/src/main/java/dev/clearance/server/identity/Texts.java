package dev.clearance.server.identity;

/** Checks of free text in request bodies. */
final class Texts {

  /** Longest reason accepted, in characters. */
  static final int MAX_REASON = 2000;

  private Texts() {}

  /**
   * Returns {@code reason} stripped if it is 1 to {@value #MAX_REASON} characters without control
   * characters other than line breaks and tabs.
   *
   * @throws IllegalArgumentException naming the field and the rule broken
   */
  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason is missing; say why");
    }
    String stripped = reason.strip();
    if (stripped.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "reason is " + stripped.length() + " characters long; at most " + MAX_REASON);
    }
    if (stripped
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new IllegalArgumentException("reason contains control characters");
    }
    return stripped;
  }
}
