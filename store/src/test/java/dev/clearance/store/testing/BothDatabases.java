package dev.clearance.store.testing;

import dev.clearance.store.Database;
import dev.clearance.store.Dialect;
import dev.clearance.store.Repositories;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Base of every store test that needs a database: the whole class runs once on SQLite and once on
 * PostgreSQL, with the same test code, each run on its own fresh migrated database ({@link
 * TestDatabase}). Tests share that database within a run, so they make unique names with {@link
 * #unique}. A base class that needs fewer databases hides {@link #dialects} with its own.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dialects")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BothDatabases {

  /** The databases each test class runs on: all of them. */
  protected static java.util.stream.Stream<Dialect> dialects() {
    return java.util.Arrays.stream(Dialect.values());
  }

  /** The database product of this run. */
  @Parameter protected Dialect dialect;

  /** The clock of {@link #db}; tests move it forward. */
  protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

  /** The fresh database of this run. */
  protected Database db;

  private TestDatabase testDatabase;
  private final java.util.List<Database> others = new java.util.ArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();

  @BeforeParameterizedClassInvocation
  void openDatabase(Dialect runDialect) {
    testDatabase = TestDatabase.open(runDialect, clock);
    db = testDatabase.database();
  }

  @AfterParameterizedClassInvocation
  void closeDatabase() {
    others.forEach(Database::close);
    others.clear();
    if (testDatabase != null) {
      testDatabase.close();
    }
  }

  /**
   * Another connection pool on this run's database, as a second server instance would open it;
   * closed after the class's tests, before the database.
   */
  protected Database anotherInstance() {
    Database another = testDatabase.openAnother(clock);
    others.add(another);
    return another;
  }

  /** {@code base} with a number unique in this run, e.g. {@code alice-7}. */
  protected String unique(String base) {
    return base + "-" + counter.incrementAndGet();
  }

  /** Runs {@code work} in one transaction and returns its result. */
  protected <T> T tx(Function<Repositories, T> work) {
    return db.transaction(work::apply);
  }

  /** Runs {@code work} in one transaction. */
  protected void run(Consumer<Repositories> work) {
    db.transaction(
        repositories -> {
          work.accept(repositories);
          return null;
        });
  }
}
