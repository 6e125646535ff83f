package dev.clearance.server.evaluator;

import dev.clearance.server.http.ApiException;
import java.util.Map;

/** Checks of free text in vetting request bodies; a refusal is a 400 naming the field. */
final class FieldChecks {

  private static final String HINT = "Fix the field and send the request again.";

  private FieldChecks() {}

  /**
   * The name of {@code name} inside {@code parent} ({@code conflicts[1].kind}), or {@code name}.
   */
  static String name(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /**
   * {@code value} stripped, if it is 1 to {@code max} characters without control characters (line
   * breaks and tabs allowed when {@code multiline}).
   *
   * @throws ApiException 400 naming {@code field} when it is missing, too long or has control
   *     characters
   */
  static String required(String field, String value, int max, boolean multiline) {
    String checked = optional(field, value, max, multiline);
    if (checked == null) {
      throw invalid(field, field + " is missing", "Send " + field + "; it cannot be blank.");
    }
    return checked;
  }

  /**
   * {@code value} stripped as {@link #required} checks it, or {@code null} when it is absent or
   * blank.
   */
  static String optional(String field, String value, int max, boolean multiline) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw invalid(
          field,
          field + " is " + stripped.length() + " characters long; at most " + max + " are allowed",
          "Shorten " + field + " to " + max + " characters or fewer.");
    }
    boolean control =
        stripped
            .chars()
            .anyMatch(
                c ->
                    Character.isISOControl(c)
                        && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    if (control) {
      throw invalid(
          field,
          field
              + " contains control characters"
              + (multiline ? "" : "; line breaks are not allowed here either"),
          HINT);
    }
    return stripped;
  }

  /** 400 {@code invalid_value} naming {@code field}. */
  static ApiException invalid(String field, String message, String hint) {
    return ApiException.badRequest("invalid_value", message, Map.of("field", field), hint);
  }
}
