package dev.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.testing.MutableClock;
import dev.clearance.store.testing.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The embedded database's connection settings, read back from a pooled connection. */
class SqliteSettingsTest {

  @Test
  void open_sqlite_everyConnectionHasWalForeignKeysAndBusyTimeout() {
    try (TestDatabase test =
        TestDatabase.open(
            Dialect.SQLITE, new MutableClock(Instant.parse("2026-11-20T10:00:00Z")))) {
      String journal =
          test.database()
              .withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
      Integer foreignKeys =
          test.database()
              .withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
      Integer busy =
          test.database()
              .withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
      assertThat(journal).isEqualToIgnoringCase("wal");
      assertThat(foreignKeys).isEqualTo(1);
      assertThat(busy).isEqualTo(Database.SQLITE_BUSY_TIMEOUT_MS);
    }
  }
}
