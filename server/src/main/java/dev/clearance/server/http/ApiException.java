package dev.clearance.server.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;

/**
 * An expected refusal of a request, turned into an {@link ApiError} body with its HTTP status by
 * {@link ErrorResponses}. Handlers throw it; it is never logged as a server error.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final ApiError error;

  public ApiException(int status, ApiError error) {
    super(error.message(), null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("error status must be 4xx or 5xx, was " + status);
    }
    this.status = status;
    this.error = error;
  }

  public int status() {
    return status;
  }

  public ApiError error() {
    return error;
  }

  public static ApiException badRequest(String code, String message, String hint) {
    return new ApiException(400, new ApiError(code, message, Map.of(), hint));
  }

  public static ApiException badRequest(
      String code, String message, Map<String, Object> details, String hint) {
    return new ApiException(400, new ApiError(code, message, details, hint));
  }

  /** 401: no or invalid credentials. */
  public static ApiException unauthenticated(String message) {
    return new ApiException(
        401,
        new ApiError(
            "unauthenticated",
            message,
            Map.of(),
            "Send 'Authorization: Bearer <token>' with an API token (create one with POST"
                + " /api/v1/me/tokens), or sign in."));
  }

  /** 403: known caller without the role the operation needs. */
  public static ApiException forbidden(String message, String hint) {
    return new ApiException(403, new ApiError("forbidden", message, Map.of(), hint));
  }

  /**
   * 404: absent, or present but invisible to the caller (pre-release material, OPS-3). The message
   * must read the same in both cases.
   */
  public static ApiException notFound(String what) {
    return new ApiException(
        404,
        new ApiError(
            "not_found",
            what + " was not found",
            Map.of(),
            "Check the name; pre-release material is visible only to its organization, its"
                + " granted evaluators and auditors, and stewards."));
  }

  public static ApiException conflict(
      String code, String message, Map<String, Object> details, String hint) {
    return new ApiException(409, new ApiError(code, message, details, hint));
  }

  /**
   * 429 with a {@code Retry-After} header of {@code wait} rounded up to whole seconds (at least
   * one); {@code message} is completed by "; try again in N seconds" and the details carry {@code
   * retryAfterSeconds}.
   */
  public static ApiException tooManyRequests(
      Context ctx, String code, String message, Duration wait, String hint) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    ctx.header("Retry-After", Long.toString(seconds));
    return new ApiException(
        429,
        new ApiError(
            code,
            message + "; try again in " + seconds + " seconds",
            Map.of("retryAfterSeconds", seconds),
            hint));
  }

  /** 412: the If-Match version is not the current one (optimistic concurrency). */
  public static ApiException stale(String what, long expected, long current) {
    return new ApiException(
        412,
        new ApiError(
            "stale_version",
            what + " changed since version " + expected + "; it is now version " + current,
            Map.of("expected", expected, "current", current),
            "Read it again, reapply your change and send it with If-Match: \"" + current + "\"."));
  }

  /** 413: a body or upload over its limit. */
  public static ApiException tooLarge(String what, long limitBytes) {
    return new ApiException(
        413,
        new ApiError(
            "too_large",
            what + " is larger than the limit of " + limitBytes + " bytes",
            Map.of("limitBytes", limitBytes),
            "Send a smaller body, or ask the operator to raise the limit (clearance serve"
                + " --max-upload-bytes)."));
  }
}
