package dev.clearance.cli;

import dev.clearance.store.testing.TestDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A fresh PostgreSQL schema in the test database ({@link TestDatabase#POSTGRES_URL}) for a {@code
 * clearance serve} process to run on, dropped on close; or none, for the embedded database. The
 * user is {@code CLEARANCE_TEST_PG_USER}, else the first of {@code postgres} and {@code root} that
 * can connect (trust authentication), as in the store tests.
 */
final class PostgresSchema implements AutoCloseable {

  private final String user;
  private final String schema;

  private PostgresSchema(String user, String schema) {
    this.user = user;
    this.schema = schema;
  }

  static PostgresSchema none() {
    return new PostgresSchema(null, null);
  }

  /**
   * @throws AssertionError if PostgreSQL does not answer (a test needing it fails, never skips)
   */
  static PostgresSchema create() {
    String user = reachableUser();
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    String schema = "clearance_crash_" + HexFormat.of().formatHex(random);
    execute(user, "CREATE SCHEMA " + schema);
    return new PostgresSchema(user, schema);
  }

  /** The arguments of {@code clearance serve} that select this database. */
  String[] serveArguments() {
    if (schema == null) {
      return new String[0];
    }
    String url =
        TestDatabase.POSTGRES_URL
            + (TestDatabase.POSTGRES_URL.contains("?") ? "&" : "?")
            + "currentSchema="
            + schema;
    return new String[] {"--db", url, "--db-user", user};
  }

  @Override
  public void close() {
    if (schema != null) {
      execute(user, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static String reachableUser() {
    String configured = System.getenv("CLEARANCE_TEST_PG_USER");
    SQLException last = null;
    for (String user :
        configured != null ? new String[] {configured} : new String[] {"postgres", "root"}) {
      try (Connection ignored =
          DriverManager.getConnection(TestDatabase.POSTGRES_URL, user, null)) {
        return user;
      } catch (SQLException e) {
        last = e;
      }
    }
    throw new AssertionError(
        "PostgreSQL is needed at " + TestDatabase.POSTGRES_URL + ": " + last.getMessage(), last);
  }

  private static void execute(String user, String sql) {
    try (Connection connection =
        DriverManager.getConnection(TestDatabase.POSTGRES_URL, user, null)) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new AssertionError("PostgreSQL: " + sql + ": " + e.getMessage(), e);
    }
  }
}
