package dev.clearance.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clearance.store.internal.SqliteFiles;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The registry's database: a connection pool, the schema brought up to date by Flyway when it
 * opens, and {@link Jdbi} for plain SQL. Holds no state besides the pool, so several server
 * instances can share one PostgreSQL database (OPS-1). All times written come from {@link
 * #clock()}.
 *
 * <p>On SQLite every transaction begins {@code IMMEDIATE} (takes the write lock up front, waiting
 * up to {@value #SQLITE_BUSY_TIMEOUT_MS} ms), so read-then-write transactions never fail with
 * {@code SQLITE_BUSY} halfway; run reads that need no transaction with {@link #withHandle}.
 */
public final class Database implements AutoCloseable {

  /** How long a SQLite connection waits for the write lock before failing. */
  public static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;

  /** Where the migrations are, on the class path. */
  public static final String MIGRATIONS = "classpath:db/migration";

  private final Dialect dialect;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Clock clock;

  private Database(Dialect dialect, HikariDataSource dataSource, Clock clock) {
    this.dialect = dialect;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.clock = clock;
  }

  /**
   * Opens the database at {@code settings}, creating the SQLite file and its folder on first use,
   * and applies pending migrations (safe when several instances start at once: Flyway locks).
   *
   * @throws IllegalArgumentException if the URL is unusable (e.g. an in-memory SQLite database)
   * @throws IllegalStateException if the database cannot be reached or a migration fails; the
   *     message names the URL (without its password) and the cause
   */
  public static Database open(DatabaseSettings settings, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Dialect dialect = settings.dialect();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setPoolName("clearance-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
    if (dialect == Dialect.SQLITE) {
      SqliteFiles.createParentFolder(settings.url());
      config.setMaximumPoolSize(Math.min(settings.maxPoolSize(), DatabaseSettings.SQLITE_MAX_POOL));
      config.setMinimumIdle(1);
      // sqlite-jdbc applies these as PRAGMAs on every new connection (SQLiteConfig).
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MS));
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.setConnectionInitSql("PRAGMA foreign_keys = ON");
    } else {
      config.setMaximumPoolSize(settings.maxPoolSize());
      if (settings.user() != null) {
        config.setUsername(settings.user());
      }
      if (settings.password() != null) {
        config.setPassword(settings.password());
      }
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot connect to " + settings + ": " + e.getMessage() + hint(dialect), e);
    }
    try {
      migrate(dataSource);
    } catch (FlywayException e) {
      dataSource.close();
      throw new IllegalStateException(
          "cannot migrate the schema of " + settings + ": " + e.getMessage(), e);
    }
    return new Database(dialect, dataSource, clock);
  }

  /** Opens {@code url} with the default pool size; see {@link #open(DatabaseSettings, Clock)}. */
  public static Database open(String url, Clock clock) {
    return open(DatabaseSettings.of(url), clock);
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  private static String hint(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL
        ? " (is PostgreSQL running? on Debian: pg_ctlcluster --skip-systemctl-redirect"
            + " $(ls /etc/postgresql) main start)"
        : "";
  }

  /** The product behind the URL. */
  public Dialect dialect() {
    return dialect;
  }

  /** JDBI over the pool, for plain SQL. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The clock every repository uses for "now". */
  public Clock clock() {
    return clock;
  }

  /** {@code clock().instant()} truncated to milliseconds, the precision stored. */
  public Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }

  /**
   * Runs {@code callback} in one transaction: committed when it returns, rolled back if it throws.
   */
  public <T, X extends Exception> T inTransaction(HandleCallback<T, X> callback) throws X {
    return jdbi.inTransaction(callback);
  }

  /** Like {@link #inTransaction(HandleCallback)} without a result. */
  public <X extends Exception> void useTransaction(HandleConsumer<X> callback) throws X {
    jdbi.useTransaction(callback);
  }

  /**
   * Runs {@code callback} with the repositories of one transaction: committed when it returns,
   * rolled back if it throws. After a commit, and after the connection went back to the pool, runs
   * the actions registered with {@link Repositories#afterCommit()}; if one throws, the exception
   * propagates although the transaction is committed.
   */
  public <T, X extends Exception> T transaction(RepositoriesCallback<T, X> callback) throws X {
    AfterCommit afterCommit = AfterCommit.ofTransaction();
    T result =
        jdbi.inTransaction(handle -> callback.apply(new Repositories(handle, clock, afterCommit)));
    afterCommit.run();
    return result;
  }

  /** Runs {@code callback} on a connection in auto-commit mode, for reads. */
  public <T, X extends Exception> T withHandle(HandleCallback<T, X> callback) throws X {
    return jdbi.withHandle(callback);
  }

  /** The repositories over {@code handle}, e.g. inside {@link #inTransaction}. */
  public Repositories repositories(Handle handle) {
    return new Repositories(handle, clock);
  }

  /** Closes the pool. */
  @Override
  public void close() {
    dataSource.close();
  }

  /** Work done with the repositories of one transaction. */
  @FunctionalInterface
  public interface RepositoriesCallback<T, X extends Exception> {
    /** Does the work; throwing rolls the transaction back. */
    T apply(Repositories repositories) throws X;
  }
}
