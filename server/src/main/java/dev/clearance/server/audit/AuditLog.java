package dev.clearance.server.audit;

import dev.clearance.store.Repositories;

/**
 * The append-only audit log of every decision (ACC-1). An event is appended inside the caller's
 * transaction, so the decision and its log entry are stored together or not at all.
 */
public interface AuditLog {

  /**
   * Appends {@code event} in the transaction of {@code tx}.
   *
   * @return the entry's sequence number (its leaf index in the Merkle tree)
   */
  long append(Repositories tx, AuditEvent event);

  /**
   * Appends {@code events} in order in the transaction of {@code tx}, as one batch (one lock, one
   * tree update, batched inserts).
   *
   * @return the sequence number of the first event
   */
  long appendAll(Repositories tx, java.util.List<AuditEvent> events);

  /**
   * Reveals the committed details of every confidential entry about {@code subject}, in the
   * transaction of {@code tx}; called when a release becomes public.
   */
  void reveal(Repositories tx, String subject);
}
