package dev.clearance.bench.audit;

import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.LedgerAuditLog;
import dev.clearance.server.audit.LogSequencer;
import dev.clearance.store.Database;
import dev.clearance.store.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent decisions on PostgreSQL without HTTP (issue 5, "Registry API load"): THREADS threads
 * each run DECISIONS transactions that insert one row and record one audit event through the
 * registry's {@link LedgerAuditLog} (queue, then the sequencer after the commit), against the
 * reference of the same transactions without the audit event. Prints decisions/s for both and the
 * ratio, after a warm-up round of each. A rough in-process figure for the log's share of a
 * decision; the HTTP figure is {@code bench/registry-load.sh}.
 *
 * <p>Arguments: {@code THREADS DECISIONS}. A fresh database on 127.0.0.1:5432 (user root), dropped
 * afterwards.
 */
public final class ConcurrentDecisionBenchmark {

  private ConcurrentDecisionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int decisions = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    String name = "clearance_decision_bench_" + ProcessHandle.current().pid();
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "root", "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    DatabaseSettings settings =
        new DatabaseSettings(
            "jdbc:postgresql://127.0.0.1:5432/" + name, "root", null, threads * 2 + 2);
    try (Database db = Database.open(settings, Clock.systemUTC())) {
      db.withHandle(
          handle ->
              handle.execute(
                  "CREATE TABLE bench_decisions (id TEXT PRIMARY KEY, payload TEXT NOT NULL)"));
      LedgerAuditLog log =
          new LedgerAuditLog(
              NoteSigner.generate("bench.clearance/log"), Clock.systemUTC(), new LogSequencer(db));
      // Warm-up: one full round of each, not counted (the JIT needs it on a busy machine).
      run(db, log, threads, decisions, "warm");
      run(db, null, threads, decisions, "warm-plain");
      double audited = run(db, log, threads, decisions, "audited");
      double plain = run(db, null, threads, decisions, "plain");
      long size = db.withHandle(h -> db.repositories(h).audit().readTree().size());
      System.out.printf(
          Locale.ROOT,
          "postgres, %d threads x %d decisions:%n"
              + "  decisions with an audit event: %.0f/s%n"
              + "  the same without the event:    %.0f/s%n"
              + "  ratio: %.2f (log size %d)%n",
          threads,
          decisions,
          audited,
          plain,
          audited / plain,
          size);
    } finally {
      try (Connection admin =
              DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "root", "");
          Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }

  /** Runs the decisions on {@code threads} threads; returns decisions per second. */
  private static double run(
      Database db, LedgerAuditLog log, int threads, int decisions, String label) throws Exception {
    AtomicLong counter = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < decisions; i++) {
                    String id = label + "-" + counter.incrementAndGet();
                    db.transaction(
                        tx -> {
                          tx.handle()
                              .createUpdate(
                                  "INSERT INTO bench_decisions (id, payload) VALUES (?, ?)")
                              .bind(0, id)
                              .bind(1, "x".repeat(200))
                              .execute();
                          if (log != null) {
                            log.append(
                                tx,
                                new AuditEvent(
                                    "user-bench",
                                    "release.create",
                                    id,
                                    null,
                                    "draft",
                                    null,
                                    Map.of("model", "bench-model"),
                                    true));
                          }
                          return null;
                        });
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return (double) threads * decisions / ((System.nanoTime() - start) / 1e9);
  }
}
