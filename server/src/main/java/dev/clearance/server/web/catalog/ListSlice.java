package dev.clearance.server.web.catalog;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.web.Pager;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One page of a list the model page already holds whole (findings, audit log entries): the items
 * from the offset in the query parameter {@code parameter} on, at most {@code size} of them, and
 * the pager's links to the first and the next page.
 *
 * @param items the items of this page
 * @param from the offset of the first item shown (0 on the first page)
 * @param total how many items the whole list has
 */
public record ListSlice<T>(List<T> items, int from, int total, Pager pager) {

  public ListSlice {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code all} the request asks for with {@code parameter}.
   *
   * @param href the page's URL with {@code parameter} set to an offset (0: left out)
   * @throws ApiException 400 naming {@code parameter} when it is not a whole number from 0
   */
  public static <T> ListSlice<T> of(
      Context ctx, String parameter, List<T> all, int size, IntFunction<String> href) {
    int from = offset(ctx.queryParam(parameter), parameter);
    int start = Math.min(from, all.size());
    int end = Math.min(start + size, all.size());
    Pager pager =
        new Pager(
            from == 0 ? null : href.apply(0),
            "First page",
            end < all.size() ? href.apply(end) : null);
    return new ListSlice<>(all.subList(start, end), start, all.size(), pager);
  }

  private static int offset(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(value.strip());
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw ApiException.badRequest(
        "invalid_parameter",
        parameter + " must be a whole number from 0 (where the list starts)",
        Map.of("parameter", parameter),
        "Follow the page's own links, or leave " + parameter + " out for the first page.");
  }
}
