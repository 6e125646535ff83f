package dev.clearance.server.audit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Walks rows sorted by a numeric key, a page at a time, to compare them with the keys they should
 * have: {@link #take} returns the row with a given key or null when it is missing, never holding
 * more than one page.
 */
final class Cursor<T> {

  private final LongFunction<List<T>> page;
  private final ToLongFunction<T> key;
  private List<T> rows = List.of();
  private int position;
  private long nextFrom;
  private boolean exhausted;

  /**
   * @param page reads the rows with key {@code >= from}, sorted, at most a page
   * @param key a row's key
   */
  Cursor(LongFunction<List<T>> page, ToLongFunction<T> key) {
    this.page = page;
    this.key = key;
  }

  /** The row with {@code wanted}, or null; skips rows with smaller keys. Keys must not decrease. */
  T take(long wanted) {
    while (true) {
      T row = peek();
      if (row == null || key.applyAsLong(row) > wanted) {
        return null;
      }
      position++;
      if (key.applyAsLong(row) == wanted) {
        return row;
      }
    }
  }

  /** Passes every remaining row with key {@code >= from} to {@code action}. */
  void rest(long from, Consumer<T> action) {
    for (T row = peek(); row != null; row = peek()) {
      position++;
      if (key.applyAsLong(row) >= from) {
        action.accept(row);
      }
    }
  }

  private T peek() {
    if (position == rows.size()) {
      if (exhausted) {
        return null;
      }
      rows = page.apply(nextFrom);
      position = 0;
      if (rows.isEmpty()) {
        exhausted = true;
        return null;
      }
      nextFrom = key.applyAsLong(rows.get(rows.size() - 1)) + 1;
    }
    return rows.get(position);
  }
}
