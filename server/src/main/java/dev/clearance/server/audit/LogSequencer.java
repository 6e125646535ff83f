package dev.clearance.server.audit;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.Commitment;
import dev.clearance.store.Database;
import dev.clearance.store.audit.AuditQueue;
import dev.clearance.store.audit.AuditRepository;
import dev.clearance.store.audit.QueuedEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Integrates the audit log's queued events into its Merkle tree (ACC-1), in the manner of
 * Trillian's sequencer and a group commit: one transaction takes the tree lock, reads up to {@value
 * #BATCH} queued rows in id order, gives them the next sequence numbers, appends their leaves,
 * stores the entries and removes the rows. Decisions that commit while one integration holds the
 * lock are taken by the next one together, so concurrent decisions share one lock and one commit.
 *
 * <p>Safe to run from any number of threads and server instances at once: the tree lock orders
 * them, and a row is integrated by exactly the transaction that removes it.
 */
public final class LogSequencer {

  /** Most queued rows integrated per transaction. */
  static final int BATCH = 1_000;

  private final Database db;

  public LogSequencer(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Returns once the queued row {@code id} is in the tree: at once if another integration already
   * took it (checked without the lock), otherwise after integrating batches until it is.
   *
   * @throws IllegalStateException if the row stays queued although a batch found nothing to take
   */
  public void integrateUpTo(String id) {
    while (isQueued(id)) {
      if (integrateBatch() == 0 && isQueued(id)) {
        throw new IllegalStateException(
            "audit queue row " + id + " is queued but the sequencer found nothing to integrate");
      }
    }
  }

  private boolean isQueued(String id) {
    return db.withHandle(handle -> new AuditQueue(handle).contains(id));
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
      integrated = integrateBatch();
      total += integrated;
    } while (integrated == BATCH);
    return total;
  }

  /** One transaction: lock, integrate up to {@value #BATCH} rows, commit; returns how many. */
  int integrateBatch() {
    return db.transaction(
        tx -> {
          AuditRepository audit = tx.audit();
          MerkleLog log = new MerkleLog(audit.lockTree());
          List<QueuedEntry> queued = tx.auditQueue().next(BATCH);
          if (queued.isEmpty()) {
            return 0;
          }
          long first = log.size();
          List<byte[]> leaves = new ArrayList<>(queued.size());
          List<AuditRepository.NewEntry> rows = new ArrayList<>(queued.size());
          List<String> ids = new ArrayList<>(queued.size());
          for (int i = 0; i < queued.size(); i++) {
            QueuedEntry entry = queued.get(i);
            byte[] leaf = entry(first + i, entry).leafData();
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
          return queued.size();
        });
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
