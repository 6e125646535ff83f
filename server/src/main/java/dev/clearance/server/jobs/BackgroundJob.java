package dev.clearance.server.jobs;

import dev.clearance.store.Database;
import dev.clearance.store.Repositories;
import java.time.Duration;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Periodic work of the registry, e.g. removing expired sessions.
 *
 * @param name unique name, also the name of its database lease
 * @param every how often it runs, cluster-wide; also the length of its lease
 * @param work runs in the lease's transaction and returns how many items it handled (for the log)
 * @param afterCommit runs after that transaction committed, outside any transaction, only on the
 *     instance that holds the lease: for work that waits on other hosts (e.g. webhook and email
 *     deliveries), which must not keep a transaction (on SQLite: the write lock) open. It opens its
 *     own short transactions and returns how many items it handled.
 */
public record BackgroundJob(
    String name,
    Duration every,
    ToIntFunction<Repositories> work,
    ToIntFunction<Database> afterCommit) {

  public BackgroundJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(afterCommit, "afterCommit");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("a job's period must be positive");
    }
  }

  /** A job whose work is all in the lease's transaction. */
  public BackgroundJob(String name, Duration every, ToIntFunction<Repositories> work) {
    this(name, every, work, db -> 0);
  }

  /** A job whose work is all outside transactions ({@link #afterCommit}). */
  public static BackgroundJob outsideTransaction(
      String name, Duration every, ToIntFunction<Database> work) {
    return new BackgroundJob(name, every, tx -> 0, work);
  }
}
