package dev.clearance.store.audit;

import dev.clearance.store.internal.RowLocks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit log's rows (ACC-1), over one {@link Handle}: the tree head and nodes (through {@link
 * SqlTreeNodes}), the entries, their sealed details and the signed checkpoints. Decisions queue
 * their events ({@link AuditQueue}); integrating them is the server's sequencer ({@code
 * LogSequencer}): {@link #lockTree}, append the leaves to the Merkle tree, {@link #insertEntries}
 * and remove them from the queue, in one transaction.
 */
public final class AuditRepository {

  private final Handle handle;
  private final Clock clock;

  public AuditRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Locks the tree head for the rest of the transaction (PostgreSQL: row lock; SQLite: the
   * transaction already holds the write lock) and returns the tree's nodes for appending.
   */
  public SqlTreeNodes lockTree() {
    String lock = RowLocks.forUpdate(handle);
    long size =
        handle
            .createQuery("SELECT size FROM audit_head WHERE id = 1" + lock)
            .mapTo(Long.class)
            .one();
    return new SqlTreeNodes(handle, size);
  }

  /**
   * Waits for every transaction that holds the tree lock ({@link #lockTree}) and keeps others from
   * taking it until this transaction ends, while other holders of this shared lock go on
   * (PostgreSQL: {@code FOR SHARE}; SQLite: the transaction already holds the write lock). A
   * decision that reads what the tree-serialized decisions write (auditors' conflicts and approval,
   * memberships) takes it first, so it sees those decisions whole or not at all.
   */
  public void shareTreeLock() {
    handle
        .createQuery("SELECT size FROM audit_head WHERE id = 1" + RowLocks.forShare(handle))
        .mapTo(Long.class)
        .one();
  }

  /** The tree's nodes for reading roots and proofs, without a lock. */
  public SqlTreeNodes readTree() {
    long size =
        handle.createQuery("SELECT size FROM audit_head WHERE id = 1").mapTo(Long.class).one();
    return new SqlTreeNodes(handle, size);
  }

  /** One entry to store: its leaf data and, if it has them, its sealed details. */
  public record NewEntry(
      long sequence,
      String subject,
      String action,
      String leaf,
      Optional<StoredEntry.Sealed> sealed) {}

  /** Stores entries (and their sealed details) with one batched insert per table. */
  public void insertEntries(List<NewEntry> entries) {
    long now = clock.millis();
    PreparedBatch rows =
        handle.prepareBatch(
            "INSERT INTO audit_entries (seq, subject, action, leaf, created_at)"
                + " VALUES (?, ?, ?, ?, ?)");
    PreparedBatch sealed =
        handle.prepareBatch(
            "INSERT INTO audit_sealed (seq, subject, salt, details, revealed_at)"
                + " VALUES (?, ?, ?, ?, ?)");
    int sealedCount = 0;
    for (NewEntry entry : entries) {
      rows.bind(0, entry.sequence())
          .bind(1, entry.subject())
          .bind(2, entry.action())
          .bind(3, entry.leaf())
          .bind(4, now)
          .add();
      if (entry.sealed().isPresent()) {
        StoredEntry.Sealed details = entry.sealed().get();
        sealed
            .bind(0, entry.sequence())
            .bind(1, entry.subject())
            .bind(2, details.saltHex())
            .bind(3, details.details())
            .bind(4, details.revealed() ? Long.valueOf(now) : null)
            .add();
        sealedCount++;
      }
    }
    rows.execute();
    if (sealedCount > 0) {
      sealed.execute();
    }
  }

  /**
   * Makes the sealed details of every entry about {@code subject} public, those still in the
   * {@linkplain AuditQueue queue} too (they are stored revealed when integrated); returns how many.
   */
  public int reveal(String subject) {
    // Queue first: on PostgreSQL this waits for an integration that holds the subject's queued
    // rows (AuditQueue#next locks them), so the next statement sees the entries it stored.
    int queued = new AuditQueue(handle).reveal(subject);
    int stored =
        handle
            .createUpdate(
                "UPDATE audit_sealed SET revealed_at = ? WHERE subject = ? AND revealed_at IS NULL")
            .bind(0, clock.millis())
            .bind(1, subject)
            .execute();
    return queued + stored;
  }

  /**
   * Up to {@code limit} entries from sequence {@code fromSequence} on, with revealed details only.
   */
  public List<StoredEntry> entries(long fromSequence, int limit) {
    return handle
        .createQuery(
            "SELECT e.seq, e.subject, e.leaf, s.salt, s.details, s.revealed_at"
                + " FROM audit_entries e LEFT JOIN audit_sealed s ON s.seq = e.seq"
                + " WHERE e.seq >= ? ORDER BY e.seq LIMIT ?")
        .bind(0, fromSequence)
        .bind(1, limit)
        .map(
            (rs, ctx) -> {
              String salt = rs.getString("salt");
              boolean revealed = rs.getObject("revealed_at") != null;
              Optional<StoredEntry.Sealed> sealed =
                  salt != null && revealed
                      ? Optional.of(new StoredEntry.Sealed(salt, rs.getString("details"), true))
                      : Optional.empty();
              return new StoredEntry(
                  rs.getLong("seq"), rs.getString("subject"), rs.getString("leaf"), sealed);
            })
        .list();
  }

  /** All entries about {@code subject}, with their sealed details whether revealed or not. */
  public List<StoredEntry> entriesAbout(String subject, boolean includeUnrevealed) {
    return handle
        .createQuery(
            "SELECT e.seq, e.subject, e.leaf, s.salt, s.details, s.revealed_at"
                + " FROM audit_entries e LEFT JOIN audit_sealed s ON s.seq = e.seq"
                + " WHERE e.subject = ? ORDER BY e.seq")
        .bind(0, subject)
        .map(
            (rs, ctx) -> {
              String salt = rs.getString("salt");
              boolean revealed = rs.getObject("revealed_at") != null;
              Optional<StoredEntry.Sealed> sealed =
                  salt != null && (revealed || includeUnrevealed)
                      ? Optional.of(new StoredEntry.Sealed(salt, rs.getString("details"), revealed))
                      : Optional.empty();
              return new StoredEntry(
                  rs.getLong("seq"), rs.getString("subject"), rs.getString("leaf"), sealed);
            })
        .list();
  }

  /**
   * Stores a signed checkpoint for {@code size} unless one is stored already. Safe against a
   * concurrent store of the same size (another request or server instance): the second insert does
   * nothing, on both databases.
   */
  public void saveCheckpoint(long size, String rootHex, String note) {
    handle
        .createUpdate(
            "INSERT INTO audit_checkpoints (size, root, note, created_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (size) DO NOTHING")
        .bind(0, size)
        .bind(1, rootHex)
        .bind(2, note)
        .bind(3, clock.millis())
        .execute();
  }

  /** Up to {@code limit} stored checkpoints of size {@code fromSize} or more, by size. */
  public List<StoredCheckpoint> checkpoints(long fromSize, int limit) {
    return handle
        .createQuery(
            "SELECT size, root, note FROM audit_checkpoints WHERE size >= ? ORDER BY size LIMIT ?")
        .bind(0, fromSize)
        .bind(1, limit)
        .map(
            (rs, ctx) ->
                new StoredCheckpoint(
                    rs.getLong("size"), rs.getString("root"), rs.getString("note")))
        .list();
  }

  /**
   * Up to {@code limit} stored nodes of {@code level} with index {@code fromIndex} or more, by
   * index, as {@code (index, hex hash)}: for checking the stored tree against its leaves.
   */
  public List<StoredNode> nodes(int level, long fromIndex, int limit) {
    return handle
        .createQuery(
            "SELECT idx, hash FROM audit_nodes WHERE level = ? AND idx >= ? ORDER BY idx LIMIT ?")
        .bind(0, level)
        .bind(1, fromIndex)
        .bind(2, limit)
        .map((rs, ctx) -> new StoredNode(level, rs.getLong("idx"), rs.getString("hash")))
        .list();
  }

  /** The signed checkpoint stored for {@code size}, if any. */
  public Optional<String> checkpoint(long size) {
    return handle
        .createQuery("SELECT note FROM audit_checkpoints WHERE size = ?")
        .bind(0, size)
        .mapTo(String.class)
        .findOne();
  }
}
