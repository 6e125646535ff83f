package dev.clearance.server.release;

import dev.clearance.server.http.ApiException;
import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Optimistic concurrency on releases: {@code If-Match: "<revision>"} and {@code ETag}. */
final class IfMatch {

  private static final Pattern QUOTED = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");

  private IfMatch() {}

  /**
   * The revision the caller expects, if it sent {@code If-Match}.
   *
   * @throws ApiException 400 when the header is not a quoted revision number
   */
  static OptionalLong expected(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      return OptionalLong.empty();
    }
    Matcher matcher = QUOTED.matcher(header.strip());
    if (!matcher.matches()) {
      throw ApiException.badRequest(
          "invalid_header",
          "If-Match must be a quoted revision such as \"3\" (the release's ETag)",
          "Send the ETag of the release as you last read it.");
    }
    return OptionalLong.of(Long.parseLong(matcher.group(1)));
  }

  /**
   * @throws ApiException 412 when {@code expected} is present and not {@code current}
   */
  static void check(OptionalLong expected, String what, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw ApiException.stale(what, expected.getAsLong(), current);
    }
  }

  /** Sends {@code ETag: "<revision>"}. */
  static void tag(Context ctx, long revision) {
    ctx.header("ETag", "\"" + revision + "\"");
  }
}
