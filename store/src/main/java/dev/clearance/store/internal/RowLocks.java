package dev.clearance.store.internal;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Row locks that last until the transaction ends. On PostgreSQL they are {@code SELECT … FOR …}
 * clauses. On SQLite every write transaction begins {@code IMMEDIATE} and so already holds the
 * database's one write lock ({@link dev.clearance.store.Database}); there the clause is empty.
 */
public final class RowLocks {

  private RowLocks() {}

  /**
   * The clause that locks the selected rows against other writers and other {@code FOR UPDATE}
   * readers: {@code " FOR UPDATE"} on PostgreSQL, empty on SQLite.
   */
  public static String forUpdate(Handle handle) {
    return isPostgres(handle) ? " FOR UPDATE" : "";
  }

  /**
   * As {@link #forUpdate}, but the lock leaves rows free for foreign-key checks of inserts that
   * refer to them ({@code " FOR NO KEY UPDATE"}): right for rows whose key is not changed.
   */
  public static String forNoKeyUpdate(Handle handle) {
    return isPostgres(handle) ? " FOR NO KEY UPDATE" : "";
  }

  /**
   * The clause that keeps the selected rows from being changed or deleted until the transaction
   * ends, while others may read and share-lock them: {@code " FOR SHARE"} on PostgreSQL, empty on
   * SQLite.
   */
  public static String forShare(Handle handle) {
    return isPostgres(handle) ? " FOR SHARE" : "";
  }

  /** Whether {@code handle} is connected to PostgreSQL. */
  public static boolean isPostgres(Handle handle) {
    try {
      return handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell the database product: " + e.getMessage(), e);
    }
  }
}
