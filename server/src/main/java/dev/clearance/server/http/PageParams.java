package dev.clearance.server.http;

import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The pagination query parameters of list endpoints: {@code limit} (1 to {@value #MAX_LIMIT},
 * default {@value #DEFAULT_LIMIT}) and {@code after} (the {@code next} cursor of the previous
 * page).
 */
public final class PageParams {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;
  private static final int MAX_CURSOR = 200;

  private PageParams() {}

  /**
   * The page the request asks for.
   *
   * @throws ApiException 400 naming the parameter when it is not a number in range or a usable
   *     cursor
   */
  public static PageRequest of(Context ctx) {
    String limitText = ctx.queryParam("limit");
    int limit = DEFAULT_LIMIT;
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
      }
    }
    String after = ctx.queryParam("after");
    if (after != null
        && (after.isBlank()
            || after.length() > MAX_CURSOR
            || after.chars().anyMatch(Character::isISOControl))) {
      throw invalid("after", "after must be the 'next' value of the previous page");
    }
    return new PageRequest(after, limit);
  }

  private static ApiException invalid(String parameter, String message) {
    return ApiException.badRequest(
        "invalid_parameter",
        message,
        Map.of("parameter", parameter),
        "Leave out 'after' for the first page, then pass the 'next' of each page.");
  }
}
