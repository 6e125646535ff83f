package dev.clearance.server.testing;

import dev.clearance.store.Database;
import dev.clearance.store.Dialect;
import dev.clearance.store.Repositories;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows that a request waits for a concurrent transaction instead of acting on what it has not
 * committed yet: {@link #whileHeld} runs a change in a transaction of its own, sends the request
 * while that transaction is open and commits it only once the request's transaction waits for it.
 *
 * <p>On PostgreSQL "waits for it" is read from the server ({@code pg_blocking_pids}), so the test
 * needs no timing; a request that finishes first did not wait, which fails the test. On SQLite the
 * held transaction holds the database's write lock, so the request's transaction can only begin
 * after the commit.
 */
public final class HeldTransaction {

  private HeldTransaction() {}

  /** Runs {@code change} in a held transaction on {@code db} while {@code request} runs. */
  public static ApiResponse whileHeld(
      Database db, Dialect dialect, Consumer<Repositories> change, Supplier<ApiResponse> request)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch changed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    AtomicInteger holder = new AtomicInteger();
    try {
      Future<?> held =
          threads.submit(
              () ->
                  db.transaction(
                      tx -> {
                        change.accept(tx);
                        if (dialect == Dialect.POSTGRESQL) {
                          holder.set(
                              tx.handle()
                                  .createQuery("SELECT pg_backend_pid()")
                                  .mapTo(Integer.class)
                                  .one());
                        }
                        changed.countDown();
                        commit.await();
                        return null;
                      }));
      changed.await();
      Future<ApiResponse> answer = threads.submit(request::get);
      if (dialect == Dialect.POSTGRESQL) {
        awaitBlocked(db, holder.get(), answer);
      }
      commit.countDown();
      held.get();
      return answer.get();
    } finally {
      commit.countDown();
      threads.shutdownNow();
    }
  }

  /** Returns once a transaction waits for backend {@code pid}; fails if {@code answer} is first. */
  private static void awaitBlocked(Database db, int pid, Future<ApiResponse> answer)
      throws Exception {
    while (true) {
      if (answer.isDone()) {
        throw new AssertionError(
            "the request finished while another transaction held locks it needed, so it did"
                + " not wait for them: "
                + answer.get());
      }
      long waiting =
          db.withHandle(
              handle ->
                  handle
                      .createQuery(
                          "SELECT COUNT(*) FROM pg_stat_activity"
                              + " WHERE ? = ANY(pg_blocking_pids(pid))")
                      .bind(0, pid)
                      .mapTo(Long.class)
                      .one());
      if (waiting > 0) {
        return;
      }
      Thread.sleep(5);
    }
  }
}
