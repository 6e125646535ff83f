package dev.clearance.server.web.org;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The cursor of one paged list of a page that shows several lists: each list reads its own query
 * parameter (e.g. {@code findings}), so paging one keeps the others where they are.
 */
final class ListCursor {

  private static final int MAX_CURSOR = 200;

  private ListCursor() {}

  /**
   * The page of the list whose cursor is the query parameter {@code parameter}, {@code limit} long.
   *
   * @throws ApiException 400 naming the parameter when it is not a cursor this page made
   */
  static PageRequest of(Context ctx, String parameter, int limit) {
    String after = ctx.queryParam(parameter);
    if (after != null
        && (after.isBlank()
            || after.length() > MAX_CURSOR
            || after.chars().anyMatch(Character::isISOControl))) {
      throw invalid(parameter);
    }
    return new PageRequest(after, limit);
  }

  /** A 400 for a cursor the store did not accept. */
  static ApiException invalid(String parameter) {
    return ApiException.badRequest(
        "invalid_parameter",
        parameter + " must be the cursor of the list's next page",
        Map.of("parameter", parameter),
        "Follow the list's \"Next page\" link, or leave the parameter out for the first page.");
  }
}
