package dev.clearance.server.audit;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.Commitment;
import dev.clearance.store.Database;
import dev.clearance.store.audit.AuditRepository;
import dev.clearance.store.audit.QueuedEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Integrates the audit log's queued events into its Merkle tree (ACC-1), in the manner of
 * Trillian's sequencer and a group commit: one transaction takes the tree lock, reads up to {@value
 * #BATCH} queued rows in id order, gives them the next sequence numbers, appends their leaves,
 * stores the entries and removes the rows. Decisions that commit while one integration runs are
 * taken by the next one together, so concurrent decisions share one lock, one tree update and one
 * commit.
 *
 * <p>Safe to run from any number of threads and server instances at once: the tree lock orders
 * them, and a row is integrated by exactly the transaction that removes it. Within one instance,
 * {@link #integrateUpTo} callers also coordinate in memory, so that only one of them at a time
 * waits for the database lock.
 */
public final class LogSequencer {

  /** Most queued rows integrated per transaction. */
  static final int BATCH = 1_000;

  private final Database db;

  /** Guards {@link #waiting} and {@link #leading} among this process's callers. */
  private final ReentrantLock monitor = new ReentrantLock();

  /** Signalled whenever a batch is done (or failed). */
  private final Condition batchDone = monitor.newCondition();

  /** Queue ids that callers of {@link #integrateUpTo} wait for (all committed). */
  private final Set<String> waiting = new HashSet<>();

  /** Whether a caller is integrating a batch now. */
  private boolean leading;

  public LogSequencer(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Returns once the queued row {@code id}, committed by the caller, is in the tree. Callers in
   * this process share the work: while one of them (the leader) integrates a batch, the others
   * wait; when the batch is in, those whose rows it took return without touching the database, and
   * one of the rest leads the next batch. A row that another instance integrated costs one empty
   * transaction.
   *
   * @throws RuntimeException what this caller's integration threw; the rows stay queued for the
   *     next caller, the start-up pass or {@link AuditQueueJob}
   */
  public void integrateUpTo(String id) {
    monitor.lock();
    try {
      waiting.add(id);
      while (waiting.contains(id)) {
        if (leading) {
          batchDone.awaitUninterruptibly();
        } else {
          lead();
        }
      }
    } finally {
      waiting.remove(id);
      monitor.unlock();
    }
  }

  /** Integrates one batch for every caller waiting now; called and returns holding the monitor. */
  private void lead() {
    leading = true;
    Set<String> committedBefore = Set.copyOf(waiting);
    List<String> taken = null;
    monitor.unlock();
    try {
      taken = integrateBatch();
    } finally {
      monitor.lock();
      leading = false;
      if (taken != null) {
        // Fewer than a full batch: every row committed before it started is in the tree now.
        waiting.removeAll(taken.size() < BATCH ? committedBefore : taken);
      }
      // After a failure the others stay waiting, and one of them tries the next batch.
      batchDone.signalAll();
    }
  }

  /**
   * Integrates everything queued, batch by batch, e.g. what a crash left between a decision's
   * commit and its integration.
   *
   * @return how many rows were integrated
   */
  public int integrateAll() {
    int total = 0;
    int integrated;
    do {
      integrated = integrateBatch().size();
      total += integrated;
    } while (integrated == BATCH);
    return total;
  }

  /**
   * One transaction: take the tree lock, integrate up to {@value #BATCH} queued rows in id order,
   * commit.
   *
   * @return the queue ids of the rows integrated
   */
  private List<String> integrateBatch() {
    return db.transaction(
        tx -> {
          AuditRepository audit = tx.audit();
          MerkleLog log = new MerkleLog(audit.lockTree());
          List<QueuedEntry> queued = tx.auditQueue().next(BATCH);
          if (queued.isEmpty()) {
            return List.of();
          }
          long first = log.size();
          List<byte[]> leaves = new ArrayList<>(queued.size());
          List<AuditRepository.NewEntry> rows = new ArrayList<>(queued.size());
          List<String> ids = new ArrayList<>(queued.size());
          for (int i = 0; i < queued.size(); i++) {
            QueuedEntry entry = queued.get(i);
            byte[] leaf = leaf(first + i, entry);
            leaves.add(leaf);
            rows.add(
                new AuditRepository.NewEntry(
                    first + i,
                    entry.subject(),
                    entry.action(),
                    new String(leaf, StandardCharsets.UTF_8),
                    entry.sealed()));
            ids.add(entry.id());
          }
          log.append(leaves);
          audit.insertEntries(rows);
          tx.auditQueue().remove(ids);
          return ids;
        });
  }

  private static byte[] leaf(long sequence, QueuedEntry queued) {
    try {
      return entry(sequence, queued).leafData();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "audit queue row "
              + queued.id()
              + " cannot become a log entry ("
              + e.getMessage()
              + ") and holds up the rows after it: the row was changed in the database after it"
              + " was queued; restore it from a backup or delete it from audit_queue",
          e);
    }
  }

  /** The log entry of {@code queued} at {@code sequence}. */
  static AuditEntry entry(long sequence, QueuedEntry queued) {
    return new AuditEntry(
        sequence,
        queued.time(),
        queued.actor(),
        queued.action(),
        queued.subject(),
        queued.before(),
        queued.after(),
        queued.reason(),
        queued.commitmentHex() == null
            ? null
            : new Commitment(Hash.fromHex(queued.commitmentHex())));
  }
}
