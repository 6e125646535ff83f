package dev.clearance.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reading the store's column conventions: epoch-millisecond times, 0/1 booleans. */
public final class Rows {

  private Rows() {}

  /** The instant in column {@code name}, or {@code null} if the column is NULL. */
  public static Instant instant(ResultSet rs, String name) throws SQLException {
    long millis = rs.getLong(name);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  /** The epoch milliseconds of {@code instant}, or {@code null}. */
  public static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  /** A 0/1 flag. */
  public static boolean flag(ResultSet rs, String name) throws SQLException {
    return rs.getInt(name) != 0;
  }

  /** The integer in column {@code name}, or {@code null}. */
  public static Integer nullableInt(ResultSet rs, String name) throws SQLException {
    int value = rs.getInt(name);
    return rs.wasNull() ? null : value;
  }
}
