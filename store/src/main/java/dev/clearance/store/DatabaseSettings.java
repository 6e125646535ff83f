package dev.clearance.store;

import java.nio.file.Path;

/**
 * How to reach the database.
 *
 * @param url {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host:port/database}; the
 *     PostgreSQL URL may carry {@code user}, {@code password} and {@code currentSchema} parameters
 * @param user the user, or {@code null} to take it from the URL (PostgreSQL only)
 * @param password the password, or {@code null}
 * @param maxPoolSize connections in the pool, 1 to 200; SQLite is capped at {@value
 *     #SQLITE_MAX_POOL} because it has one writer at a time
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize) {

  /** The file name of the embedded database inside the data folder. */
  public static final String EMBEDDED_FILE = "clearance.db";

  /** At most this many SQLite connections: readers run beside the single writer (WAL). */
  public static final int SQLITE_MAX_POOL = 4;

  /** The pool size used when none is given. */
  public static final int DEFAULT_POOL = 10;

  /**
   * @throws IllegalArgumentException if the URL is not a supported JDBC URL or the pool size is out
   *     of range
   */
  public DatabaseSettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(
          "database URL is missing: give jdbc:sqlite:<file> or jdbc:postgresql://host/db");
    }
    Dialect.of(url);
    if (maxPoolSize < 1 || maxPoolSize > 200) {
      throw new IllegalArgumentException(
          "database pool size " + maxPoolSize + " is outside 1..200");
    }
  }

  /** A URL with credentials in it (or none needed) and the default pool size. */
  public static DatabaseSettings of(String url) {
    return new DatabaseSettings(url, null, null, DEFAULT_POOL);
  }

  /** The embedded SQLite database {@value #EMBEDDED_FILE} in {@code dataFolder}. */
  public static DatabaseSettings embedded(Path dataFolder) {
    return of("jdbc:sqlite:" + dataFolder.resolve(EMBEDDED_FILE).toAbsolutePath());
  }

  /** The dialect of the URL. */
  public Dialect dialect() {
    return Dialect.of(url);
  }

  /** Hides the password from logs. */
  @Override
  public String toString() {
    return "DatabaseSettings[url="
        + Dialect.redact(url)
        + ", user="
        + user
        + ", maxPoolSize="
        + maxPoolSize
        + "]";
  }
}
