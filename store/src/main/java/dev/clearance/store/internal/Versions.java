package dev.clearance.store.internal;

import dev.clearance.store.Names;
import dev.clearance.store.NotFoundException;
import dev.clearance.store.StaleVersionException;
import java.time.Clock;
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

  /**
   * Sets {@code display_name} of the row {@code id} of {@code table} (a table with {@code id},
   * {@code display_name}, {@code updated_at} and {@code version} columns) if its version is {@code
   * expected}.
   *
   * @param what the kind of row, for the validation message, e.g. {@code "model"}
   * @throws NotFoundException when there is no such row
   * @throws StaleVersionException when the version moved on
   */
  public static void updateDisplayName(
      Handle handle,
      Clock clock,
      String table,
      String what,
      String id,
      long expected,
      String displayName) {
    String checked = Names.checkText(what + " display name", displayName);
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + table
                    + " SET display_name = :name, updated_at = :now,"
                    + " version = version + 1 WHERE id = :id AND version = :expected")
            .bind("name", checked)
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expected)
            .execute();
    check(handle, rows, table, id, expected, "id = :id", "id", id);
  }
}
