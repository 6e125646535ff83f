package dev.clearance.server.web;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The page of one list that a page's query parameter names by cursor (e.g. {@code
 * /review?grantsAfter=…}), checked as the API checks {@code after}: a cursor that no list made is a
 * 400 naming the parameter, never a server error.
 */
public final class CursorParam {

  private static final int MAX_CURSOR = 200;

  private CursorParam() {}

  /**
   * The first page of {@code limit} rows, or the page after the cursor in the query parameter
   * {@code name}.
   *
   * @throws ApiException 400 when the parameter is blank, overlong or holds control characters
   */
  public static PageRequest of(Context ctx, String name, int limit) {
    String after = ctx.queryParam(name);
    PageRequest first = PageRequest.first(limit);
    if (after == null || after.isEmpty()) {
      return first;
    }
    if (after.isBlank()
        || after.length() > MAX_CURSOR
        || after.chars().anyMatch(Character::isISOControl)) {
      throw invalid(name);
    }
    return first.next(after);
  }

  /** The 400 for a cursor in the query parameter {@code name} that the store did not accept. */
  public static ApiException invalid(String name) {
    return ApiException.badRequest(
        "invalid_parameter",
        name + " must be the cursor of the list's next page",
        Map.of("parameter", name),
        "Follow the list's \"Next page\" link, or leave out " + name + " for its first page.");
  }
}
