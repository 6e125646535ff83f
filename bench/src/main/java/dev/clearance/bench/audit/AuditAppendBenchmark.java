package dev.clearance.bench.audit;

import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.LedgerAuditLog;
import dev.clearance.server.audit.LogSequencer;
import dev.clearance.store.Database;
import dev.clearance.store.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Audit log appends in the database (issue 5, ACC-1): EVENTS decisions appended through the
 * registry's {@link LedgerAuditLog} in transactions of BATCH events (queue rows, then after the
 * commit the sequencer's transaction: tree head lock, Merkle nodes, leaf rows), against the
 * reference of inserting the same leaf-sized rows into a plain table with one batched insert per
 * transaction, in the same run and database. Prints leaves/s for both and the ratio.
 *
 * <p>Arguments: {@code sqlite|postgres EVENTS BATCH}. PostgreSQL: a fresh database on
 * 127.0.0.1:5432 (user root), dropped afterwards.
 */
public final class AuditAppendBenchmark {

  private AuditAppendBenchmark() {}

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "sqlite";
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Path folder = Files.createTempDirectory("clearance-audit-bench");
    String pgName = "clearance_audit_bench_" + ProcessHandle.current().pid();
    DatabaseSettings settings =
        kind.equals("postgres") ? createPostgres(pgName) : DatabaseSettings.embedded(folder);
    try (Database db = Database.open(settings, Clock.systemUTC())) {
      db.withHandle(
          handle ->
              handle.execute(
                  "CREATE TABLE bench_rows (seq BIGINT PRIMARY KEY, subject TEXT NOT NULL,"
                      + " leaf TEXT NOT NULL)"));
      LedgerAuditLog log =
          new LedgerAuditLog(
              NoteSigner.generate("bench.clearance/log"), Clock.systemUTC(), new LogSequencer(db));
      // Warm-up: a tenth of the work, not counted.
      appendAudit(db, log, events / 10, batch);
      insertPlain(db, events / 10, batch, 0);
      long auditStart = System.nanoTime();
      appendAudit(db, log, events, batch);
      double auditSeconds = (System.nanoTime() - auditStart) / 1e9;
      long plainStart = System.nanoTime();
      insertPlain(db, events, batch, events);
      double plainSeconds = (System.nanoTime() - plainStart) / 1e9;
      double auditRate = events / auditSeconds;
      double plainRate = events / plainSeconds;
      System.out.printf(
          Locale.ROOT,
          "%s, %d events in transactions of %d:%n"
              + "  audit log append (queue, then sequencer):         %.0f leaves/s%n"
              + "  reference, plain inserts of the same rows:          %.0f rows/s%n"
              + "  ratio append / plain insert: %.2f%n",
          kind,
          events,
          batch,
          auditRate,
          plainRate,
          auditRate / plainRate);
    } finally {
      if (kind.equals("postgres")) {
        dropPostgres(pgName);
      }
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void appendAudit(Database db, LedgerAuditLog log, int events, int batch) {
    for (int start = 0; start < events; start += batch) {
      int size = Math.min(batch, events - start);
      int first = start;
      db.transaction(
          tx -> {
            java.util.List<AuditEvent> batchEvents = new java.util.ArrayList<>(size);
            for (int i = 0; i < size; i++) {
              batchEvents.add(
                  new AuditEvent(
                      "user-bench",
                      "release.create",
                      "release-" + (first + i),
                      null,
                      "draft",
                      null,
                      Map.of("model", "bench-model", "version", "v" + (first + i)),
                      true));
            }
            log.appendAll(tx, batchEvents);
            return null;
          });
    }
  }

  private static void insertPlain(Database db, int rows, int batch, int offset) {
    String leaf = "x".repeat(330);
    for (int start = 0; start < rows; start += batch) {
      int size = Math.min(batch, rows - start);
      int first = offset + start;
      db.transaction(
          tx -> {
            var insert =
                tx.handle()
                    .prepareBatch("INSERT INTO bench_rows (seq, subject, leaf) VALUES (?, ?, ?)");
            for (int i = 0; i < size; i++) {
              insert
                  .bind(0, (long) first + i)
                  .bind(1, "release-" + (first + i))
                  .bind(2, leaf)
                  .add();
            }
            insert.execute();
            return null;
          });
    }
  }

  private static DatabaseSettings createPostgres(String name) throws Exception {
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "root", "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return new DatabaseSettings("jdbc:postgresql://127.0.0.1:5432/" + name, "root", null, 4);
  }

  private static void dropPostgres(String name) throws Exception {
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "root", "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    }
  }
}
