package dev.clearance.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of rows and the cursor of the next page.
 *
 * @param items the rows, in id order
 * @param nextCursor the cursor for {@link PageRequest#next(String)}, or {@code null} on the last
 *     page
 */
public record Page<T>(List<T> items, String nextCursor) {

  /** Copies the rows. */
  public Page {
    items = List.copyOf(items);
  }

  /** The cursor of the next page, empty on the last page. */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Cuts rows read with {@code limit + 1} into a page: the extra row, if present, only says that a
   * next page exists.
   */
  public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
    if (rowsPlusOne.size() <= limit) {
      return new Page<>(rowsPlusOne, null);
    }
    List<T> items = rowsPlusOne.subList(0, limit);
    return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
  }
}
