package dev.clearance.server.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} precondition of a change (optimistic concurrency, docs/registry-api.md):
 * {@code "<version>"} as sent in the {@code ETag} of a read. Without it a change applies to the
 * current version.
 */
public final class IfMatch {

  private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?([1-9][0-9]{0,17})\"?");

  private IfMatch() {}

  /**
   * The version the request names, or empty without {@code If-Match} (or with {@code *}).
   *
   * @throws ApiException 400 when the header is not a version
   */
  public static OptionalLong version(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.strip().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher matcher = VERSION.matcher(header.strip());
    if (!matcher.matches()) {
      throw ApiException.badRequest(
          "invalid_header",
          "If-Match must be a version in quotes, like \"3\"",
          Map.of("header", "If-Match"),
          "Send the ETag of your last read of the resource as If-Match, or leave it out.");
    }
    return OptionalLong.of(Long.parseLong(matcher.group(1)));
  }

  /**
   * 412 for an {@code If-Match} on something that does not exist yet.
   *
   * @param what e.g. {@code "membership of 'bob' in 'acme'"}
   */
  public static ApiException absent(String what) {
    return new ApiException(
        412,
        new ApiError(
            "precondition_failed",
            "If-Match names a version of " + what + ", which does not exist",
            Map.of(),
            "Leave out If-Match to create it."));
  }

  /**
   * @throws ApiException 412 when {@code expected} is present and not {@code current}
   */
  public static void check(OptionalLong expected, String what, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw ApiException.stale(what, expected.getAsLong(), current);
    }
  }

  /** Sets the {@code ETag} header to {@code version}. */
  public static void etag(Context ctx, long version) {
    ctx.header("ETag", "\"" + version + "\"");
  }
}
