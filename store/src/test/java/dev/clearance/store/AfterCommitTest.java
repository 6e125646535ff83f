package dev.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.testing.BothDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterCommitTest extends BothDatabases {

  /** An action that records, when it runs, whether it sees the transaction's row committed. */
  private final class SeesRow implements Runnable {
    private final String name;
    private final List<String> seen;

    SeesRow(String name, List<String> seen) {
      this.name = name;
      this.seen = seen;
    }

    @Override
    public void run() {
      seen.add(
          db.withHandle(
              handle ->
                  handle
                      .createQuery("SELECT slug FROM after_commit_probe WHERE slug = ?")
                      .bind(0, name)
                      .mapTo(String.class)
                      .findOne()
                      .orElse("missing")));
    }
  }

  private void createProbeTable() {
    db.withHandle(
        handle ->
            handle.execute(
                "CREATE TABLE IF NOT EXISTS after_commit_probe (slug TEXT PRIMARY KEY)"));
  }

  private void insertProbe(Repositories tx, String name) {
    tx.handle()
        .createUpdate("INSERT INTO after_commit_probe (slug) VALUES (?)")
        .bind(0, name)
        .execute();
  }

  @Test
  void transaction_committed_runsActionOnceAfterTheCommit() {
    createProbeTable();
    String name = unique("probe");
    List<String> seen = new ArrayList<>();

    db.transaction(
        tx -> {
          insertProbe(tx, name);
          SeesRow first = tx.afterCommit().once(SeesRow.class, () -> new SeesRow(name, seen));
          SeesRow second = tx.afterCommit().once(SeesRow.class, () -> new SeesRow("other", seen));
          assertThat(second).isSameAs(first);
          assertThat(seen).isEmpty();
          return null;
        });

    assertThat(seen).containsExactly(name);
  }

  @Test
  void transaction_rolledBack_runsNoAction() {
    createProbeTable();
    String name = unique("probe");
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      insertProbe(tx, name);
                      tx.afterCommit().once(SeesRow.class, () -> new SeesRow(name, seen));
                      throw new IllegalStateException("decision refused");
                    }))
        .hasMessage("decision refused");

    assertThat(seen).isEmpty();
  }

  @Test
  void transaction_actionThrows_propagatesWithTheTransactionCommitted() {
    createProbeTable();
    String name = unique("probe");

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      insertProbe(tx, name);
                      tx.afterCommit()
                          .once(
                              Runnable.class,
                              () ->
                                  () -> {
                                    throw new IllegalStateException("integration failed");
                                  });
                      return null;
                    }))
        .hasMessage("integration failed");

    List<String> seen = new ArrayList<>();
    new SeesRow(name, seen).run();
    assertThat(seen).containsExactly(name);
  }

  @Test
  void once_repositoriesOverPlainHandle_throwsNamingDatabaseTransaction() {
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    handle ->
                        db.repositories(handle).afterCommit().once(Runnable.class, () -> () -> {})))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Database.transaction");
  }
}
