package dev.clearance.server.http;

import java.util.Map;

/**
 * Checks of free-text fields in request bodies: present when required, within a length, without
 * control characters other than line breaks and tabs. Failures are 400 {@code invalid_value} naming
 * the field and the rule broken.
 */
public final class TextFields {

  /** Longest reason, purpose or one-paragraph text accepted, in characters. */
  public static final int PARAGRAPH = 2_000;

  /** Longest long-form text (reproduction steps, evidence), in characters. */
  public static final int DOCUMENT = 20_000;

  private TextFields() {}

  /**
   * {@code value} stripped.
   *
   * @throws ApiException 400 when it is missing, blank, longer than {@code max} or has control
   *     characters
   */
  public static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw invalid(field, field + " is missing", "Give " + field + " as text.");
    }
    return checked(field, value.strip(), max);
  }

  /**
   * {@code value} stripped, or null when it is absent or blank.
   *
   * @throws ApiException 400 when it is longer than {@code max} or has control characters
   */
  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checked(field, value.strip(), max);
  }

  private static String checked(String field, String stripped, int max) {
    if (stripped.length() > max) {
      throw invalid(
          field,
          field + " is " + stripped.length() + " characters long; at most " + max,
          "Shorten " + field + ", or attach longer material as a file.");
    }
    if (stripped
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw invalid(
          field,
          field + " contains control characters",
          "Remove control characters from " + field + ".");
    }
    return stripped;
  }

  private static ApiException invalid(String field, String message, String hint) {
    return ApiException.badRequest("invalid_value", message, Map.of("field", field), hint);
  }
}
