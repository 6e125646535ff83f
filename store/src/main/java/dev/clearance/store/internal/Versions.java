package dev.clearance.store.internal;

import dev.clearance.store.NotFoundException;
import dev.clearance.store.StaleVersionException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The optimistic-concurrency check shared by every {@code update…(id, expectedVersion, …)}. */
public final class Versions {

  private Versions() {}

  /**
   * After an {@code UPDATE … WHERE <key> AND version = :expected} changed {@code rows} rows: throws
   * {@link NotFoundException} or {@link StaleVersionException} when it changed none.
   *
   * @param keyCondition SQL condition selecting the row, with the bindings in {@code keys} (name,
   *     value pairs)
   */
  public static void check(
      Handle handle,
      int rows,
      String table,
      String displayId,
      long expected,
      String keyCondition,
      Object... keys) {
    if (rows == 1) {
      return;
    }
    var query = handle.createQuery("SELECT version FROM " + table + " WHERE " + keyCondition);
    for (int i = 0; i < keys.length; i += 2) {
      query.bind((String) keys[i], keys[i + 1]);
    }
    Optional<Long> actual = query.mapTo(Long.class).findOne();
    if (actual.isEmpty()) {
      throw new NotFoundException(table, displayId);
    }
    throw new StaleVersionException(table, displayId, expected, actual.get());
  }
}
