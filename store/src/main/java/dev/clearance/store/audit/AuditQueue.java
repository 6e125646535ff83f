package dev.clearance.store.audit;

import dev.clearance.store.internal.RowLocks;
import dev.clearance.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The audit log's queue ({@code audit_queue}) over one {@link Handle}: decisions {@link #enqueue}
 * their events in their own transaction without touching the Merkle tree; the sequencer ({@code
 * LogSequencer} in the server) takes the tree lock, reads the {@link #next} rows in id order,
 * integrates them into the tree and {@link #remove}s them in one transaction.
 */
public final class AuditQueue {

  private static final String COLUMNS =
      "id, decided_at, actor, action, subject, state_before, state_after, reason, commitment,"
          + " salt, details, revealed";

  private final Handle handle;

  public AuditQueue(Handle handle) {
    this.handle = handle;
  }

  /**
   * Stores {@code entries}: one entry (most decisions) with a plain insert, several with one
   * batched insert (JDBC batches cost more to set up than they save for a single row).
   */
  public void enqueue(List<QueuedEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    if (entries.size() == 1) {
      bind(handle.createUpdate(INSERT), entries.get(0)).execute();
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT);
    for (QueuedEntry entry : entries) {
      bind(batch, entry).add();
    }
    batch.execute();
  }

  private static final String INSERT =
      "INSERT INTO audit_queue (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static <S extends SqlStatement<S>> S bind(S statement, QueuedEntry entry) {
    Optional<StoredEntry.Sealed> sealed = entry.sealed();
    return statement
        .bind(0, entry.id())
        .bind(1, entry.time().toEpochMilli())
        .bind(2, entry.actor())
        .bind(3, entry.action())
        .bind(4, entry.subject())
        .bind(5, entry.before())
        .bind(6, entry.after())
        .bind(7, entry.reason())
        .bind(8, entry.commitmentHex())
        .bind(9, sealed.map(StoredEntry.Sealed::saltHex).orElse(null))
        .bind(10, sealed.map(StoredEntry.Sealed::details).orElse(null))
        .bind(11, sealed.map(StoredEntry.Sealed::revealed).orElse(false) ? 1 : 0);
  }

  /**
   * Up to {@code limit} queued entries with the smallest ids, in id order, locked until the
   * transaction ends (PostgreSQL row locks; SQLite transactions hold the write lock): a concurrent
   * {@link AuditRepository#reveal} then either marks them before they are read or waits until they
   * are stored as entries, which it marks instead.
   */
  public List<QueuedEntry> next(int limit) {
    String lock = RowLocks.forUpdate(handle);
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM audit_queue ORDER BY id LIMIT ?" + lock)
        .bind(0, limit)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** Whether the entry with queue id {@code id} is still waiting to be integrated. */
  public boolean contains(String id) {
    return handle
        .createQuery("SELECT 1 FROM audit_queue WHERE id = ?")
        .bind(0, id)
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  /** How many entries are waiting. */
  public long size() {
    return handle.createQuery("SELECT COUNT(*) FROM audit_queue").mapTo(Long.class).one();
  }

  /** Deletes the entries with {@code ids} (integrated ones) with one batched delete. */
  public void remove(List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("DELETE FROM audit_queue WHERE id = ?");
    for (String id : ids) {
      batch.bind(0, id).add();
    }
    batch.execute();
  }

  /** Marks the sealed details of every queued entry about {@code subject} public. */
  int reveal(String subject) {
    return handle
        .createUpdate(
            "UPDATE audit_queue SET revealed = 1"
                + " WHERE subject = ? AND revealed = 0 AND salt IS NOT NULL")
        .bind(0, subject)
        .execute();
  }

  private static QueuedEntry map(ResultSet rs) throws SQLException {
    String salt = rs.getString("salt");
    Optional<StoredEntry.Sealed> sealed =
        salt == null
            ? Optional.empty()
            : Optional.of(
                new StoredEntry.Sealed(salt, rs.getString("details"), rs.getInt("revealed") == 1));
    return new QueuedEntry(
        rs.getString("id"),
        Rows.instant(rs, "decided_at"),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("state_before"),
        rs.getString("state_after"),
        rs.getString("reason"),
        rs.getString("commitment"),
        sealed);
  }
}
