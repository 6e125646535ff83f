package dev.clearance.store.testing;

import dev.clearance.store.Database;
import dev.clearance.store.DatabaseSettings;
import dev.clearance.store.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A fresh, migrated database for one test class: a SQLite file in its own temporary folder, or a
 * new schema with a random name in the PostgreSQL database {@code test} at 127.0.0.1:5432 (trust
 * auth; user from {@code CLEARANCE_TEST_PG_USER}, else {@code postgres}, else {@code root}).
 * Closing drops the schema or deletes the folder. PostgreSQL being down fails the test, never skips
 * it.
 */
public final class TestDatabase implements AutoCloseable {

  /** Where the tests expect PostgreSQL; override with {@code CLEARANCE_TEST_PG_URL}. */
  public static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault("CLEARANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

  private static final String HOW_TO_START =
      "PostgreSQL is needed by the store tests at "
          + POSTGRES_URL
          + " (trust auth, database 'test'). Start it with:\n"
          + "  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n"
          + "and create the database if missing: createdb -h 127.0.0.1 -U postgres test";

  private final Database database;
  private final DatabaseSettings settings;
  private final Path folder;
  private final String schema;
  private final String user;

  private TestDatabase(
      Database database, DatabaseSettings settings, Path folder, String schema, String user) {
    this.database = database;
    this.settings = settings;
    this.folder = folder;
    this.schema = schema;
    this.user = user;
  }

  /** Opens a fresh database of {@code dialect} with time from {@code clock}. */
  public static TestDatabase open(Dialect dialect, Clock clock) {
    return dialect == Dialect.SQLITE ? sqlite(clock) : postgres(clock);
  }

  private static TestDatabase sqlite(Clock clock) {
    try {
      Path folder = Files.createTempDirectory("clearance-store-test-");
      DatabaseSettings settings = DatabaseSettings.embedded(folder.resolve("data"));
      return new TestDatabase(Database.open(settings, clock), settings, folder, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestDatabase postgres(Clock clock) {
    String user = reachableUser();
    String schema = "clearance_test_" + HexFormat.of().formatHex(randomBytes());
    execute(user, "CREATE SCHEMA " + schema);
    String url =
        POSTGRES_URL
            + (POSTGRES_URL.contains("?") ? "&" : "?")
            + "user="
            + user
            + "&currentSchema="
            + schema;
    DatabaseSettings settings = new DatabaseSettings(url, null, null, 8);
    return new TestDatabase(Database.open(settings, clock), settings, null, schema, user);
  }

  /**
   * A second connection pool on the same database, as another server instance would open it; the
   * caller closes it before this test database.
   */
  public Database openAnother(Clock clock) {
    return Database.open(settings, clock);
  }

  /** The database. */
  public Database database() {
    return database;
  }

  /** The PostgreSQL schema, or {@code null} on SQLite. */
  public String schema() {
    return schema;
  }

  @Override
  public void close() {
    database.close();
    if (schema != null) {
      execute(user, "DROP SCHEMA " + schema + " CASCADE");
    }
    if (folder != null) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String reachableUser() {
    String configured = System.getenv("CLEARANCE_TEST_PG_USER");
    SQLException last = null;
    for (String user :
        configured != null ? new String[] {configured} : new String[] {"postgres", "root"}) {
      try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, user, null)) {
        return user;
      } catch (SQLException e) {
        last = e;
      }
    }
    throw new AssertionError(HOW_TO_START + "\nLast error: " + last.getMessage(), last);
  }

  private static void execute(String user, String sql) {
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL, user, null)) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(HOW_TO_START + "\nFailed: " + sql + ": " + e.getMessage(), e);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
