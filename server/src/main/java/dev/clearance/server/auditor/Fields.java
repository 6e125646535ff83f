package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.Names;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/** Checks of the auditor feature's request fields; each refusal is a 400 naming the field. */
final class Fields {

  private Fields() {}

  /**
   * @throws ApiException 400 {@code invalid_name} when {@code value} is not a registry name
   */
  static String slug(String field, String value) {
    try {
      return Names.checkSlug("field '" + field + "'", value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_name",
          e.getMessage(),
          Map.of("field", field),
          "Names are lowercase slugs: letters, digits and single '-', '_' or '.' between them.");
    }
  }

  /**
   * The stripped text of 1 to {@code max} characters; line breaks only when {@code multiline}.
   *
   * @throws ApiException 400 {@code invalid_value} naming the field and the rule
   */
  static String text(String field, String value, int max, boolean multiline) {
    if (value == null || value.isBlank()) {
      throw invalid(field, "field '" + field + "' is missing or empty");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw invalid(
          field,
          "field '" + field + "' is " + stripped.length() + " characters; at most " + max + " fit");
    }
    boolean control =
        stripped
            .chars()
            .anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r')));
    if (control) {
      throw invalid(field, "field '" + field + "' contains control characters");
    }
    return stripped;
  }

  /** Like {@link #text} for an optional field: {@code null} when absent or blank. */
  static String optionalText(String field, String value, int max, boolean multiline) {
    return value == null || value.isBlank() ? null : text(field, value, max, multiline);
  }

  /**
   * An http(s) URL with a host, at most 300 characters.
   *
   * @throws ApiException 400 naming the field
   */
  static String website(String value) {
    String text = text("website", value, 300, false);
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException malformed) {
      // refused below
    }
    throw invalid("website", "field 'website' must be an http(s) URL with a host, e.g. https://…");
  }

  static ApiException invalid(String field, String message) {
    return ApiException.badRequest(
        "invalid_value",
        message,
        Map.of("field", field),
        "Fix the field and send the request again; the API document is at /openapi.json.");
  }
}
