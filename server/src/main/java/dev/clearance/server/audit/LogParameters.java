package dev.clearance.server.audit;

import dev.clearance.server.http.ApiException;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Reads the numeric query parameters of the log endpoints. A missing, non-numeric or out-of-range
 * value is a 400 {@code invalid_parameter} whose details name the parameter.
 */
final class LogParameters {

  private LogParameters() {}

  /** A required integer {@code >= 0}. */
  static long required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      throw invalid(name, "the query parameter '" + name + "' is required", "Add ?" + name + "=N.");
    }
    return parse(name, value);
  }

  /** An optional integer {@code >= 0}, {@code fallback} when absent. */
  static long optional(Context ctx, String name, long fallback) {
    String value = ctx.queryParam(name);
    return value == null || value.isEmpty() ? fallback : parse(name, value);
  }

  /** A 400 naming the parameter, its problem and what to send instead. */
  static ApiException invalid(String name, String message, String hint) {
    return ApiException.badRequest("invalid_parameter", message, Map.of("parameter", name), hint);
  }

  private static long parse(String name, String value) {
    if (!value.matches("[0-9]{1,18}")) {
      throw invalid(
          name,
          "the query parameter '"
              + name
              + "' must be a whole number 0 or more, got '"
              + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
              + "'",
          "Send ?" + name + "=N with N a decimal number.");
    }
    return Long.parseLong(value);
  }
}
