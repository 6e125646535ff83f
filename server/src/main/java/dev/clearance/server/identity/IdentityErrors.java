package dev.clearance.server.identity;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import java.util.Map;

/** Errors of the identity endpoints that {@link ApiException} has no factory for. */
final class IdentityErrors {

  private IdentityErrors() {}

  /** 404 for {@code what} (public identity data, so the hint need not speak of pre-release). */
  static ApiException notFound(String what, String hint) {
    return new ApiException(
        404, new ApiError("not_found", what + " was not found", Map.of(), hint));
  }

  /** {@code text} cut to 64 characters with control characters replaced, for messages. */
  static String printable(String text) {
    String cut = text.length() > 64 ? text.substring(0, 64) + "..." : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
