package dev.clearance.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Actions that run once the transaction they were registered in has committed, and never if it
 * rolls back: work that must see the transaction's rows as committed, or that opens transactions of
 * its own (the audit log's sequencer). {@link Database#transaction} runs them, in registration
 * order, after the commit and after the connection went back to the pool.
 *
 * <p>Repositories made outside {@link Database#transaction} (over a handle of {@link
 * Database#withHandle} or {@link Database#inTransaction}) have no commit to wait for: registering
 * there throws.
 */
public final class AfterCommit {

  private final boolean available;
  private final Map<Class<?>, Runnable> actions = new LinkedHashMap<>();

  private AfterCommit(boolean available) {
    this.available = available;
  }

  /** Actions of a transaction that {@link Database#transaction} opened. */
  static AfterCommit ofTransaction() {
    return new AfterCommit(true);
  }

  /** For repositories outside such a transaction: every registration throws. */
  static AfterCommit unavailable() {
    return new AfterCommit(false);
  }

  /**
   * The action of type {@code type} registered in this transaction, registering {@code create}'s
   * result first if there is none: one action per type and transaction, which later callers in the
   * same transaction can add to.
   *
   * @throws IllegalStateException if the repositories were not made by {@link Database#transaction}
   */
  public <T extends Runnable> T once(Class<T> type, Supplier<T> create) {
    if (!available) {
      throw new IllegalStateException(
          "after-commit actions need a transaction opened with Database.transaction;"
              + " these repositories were made over a plain handle");
    }
    return type.cast(actions.computeIfAbsent(type, key -> create.get()));
  }

  /**
   * Runs every action, each even if an earlier one threw; rethrows the first failure (with the
   * others suppressed) after all ran. The transaction stays committed either way.
   */
  void run() {
    List<RuntimeException> failures = new ArrayList<>();
    for (Runnable action : actions.values()) {
      try {
        action.run();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }
}
