package dev.clearance.server.http;

import java.util.Map;
import java.util.Objects;

/**
 * The one error body of the API: {@code {code, message, details, hint}}.
 *
 * @param code stable machine-readable code, e.g. {@code not_found}, {@code guard_failed}
 * @param message what went wrong, naming the input and where
 * @param details structured facts (field, limit, failed guards...); empty when there are none
 * @param hint what to do next
 */
public record ApiError(String code, String message, Map<String, Object> details, String hint) {

  public ApiError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = details == null ? Map.of() : Map.copyOf(details);
    hint = hint == null ? "" : hint;
  }
}
