package dev.clearance.server.release;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;

/** Reads the pagination query parameters {@code limit} (1–200, default 50) and {@code after}. */
final class PageParams {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private PageParams() {}

  /**
   * @throws ApiException 400 for a limit that is not a number in range, or a malformed cursor
   */
  static PageRequest read(Context ctx) {
    String limitText = ctx.queryParam("limit");
    int limit = DEFAULT_LIMIT;
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw ApiException.badRequest(
            "invalid_query",
            "limit must be a whole number from 1 to " + MAX_LIMIT,
            "Leave limit out for pages of " + DEFAULT_LIMIT + ".");
      }
    }
    String after = ctx.queryParam("after");
    try {
      return new PageRequest(after, limit);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_query", e.getMessage(), "Pass the 'next' value of the previous page as after.");
    }
  }
}
