package dev.clearance.server.release;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A page of rows the caller may see: reads store pages until {@code limit} visible rows are found
 * or the rows end, so hidden rows never shorten a page or reveal themselves through its cursor.
 *
 * @param next the id of the last row returned when more rows follow, else null
 */
public record VisiblePage<T>(List<T> items, String next) {

  public static <T> VisiblePage<T> collect(
      Function<PageRequest, Page<T>> fetch,
      Predicate<T> visible,
      Function<T, String> idOf,
      PageRequest request) {
    List<T> items = new ArrayList<>();
    PageRequest current = request;
    while (true) {
      Page<T> page = fetch.apply(current);
      List<T> rows = page.items();
      for (int index = 0; index < rows.size(); index++) {
        T row = rows.get(index);
        if (!visible.test(row)) {
          continue;
        }
        items.add(row);
        if (items.size() == request.limit()) {
          boolean more = index < rows.size() - 1 || page.next().isPresent();
          return new VisiblePage<>(items, more ? idOf.apply(row) : null);
        }
      }
      if (page.next().isEmpty()) {
        return new VisiblePage<>(items, null);
      }
      current = current.next(page.next().get());
    }
  }
}
