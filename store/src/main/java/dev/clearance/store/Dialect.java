package dev.clearance.store;

import java.util.Locale;

/** The database products Clearance runs on; chosen from the JDBC URL. */
public enum Dialect {
  /** Embedded, one file in the data folder; the default for {@code clearance serve}. */
  SQLITE,
  /** Production; several server instances may share one database. */
  POSTGRESQL;

  /**
   * The dialect of a JDBC URL.
   *
   * @throws IllegalArgumentException if the URL is neither {@code jdbc:sqlite:} nor {@code
   *     jdbc:postgresql:}
   */
  public static Dialect of(String jdbcUrl) {
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '"
            + redact(jdbcUrl)
            + "': expected jdbc:sqlite:<file> or jdbc:postgresql://host:port/database");
  }

  /** The URL without a query string, which may carry a password. */
  public static String redact(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
  }
}
