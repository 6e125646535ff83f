package dev.clearance.server.audit;

import dev.clearance.store.Repositories;
import java.util.List;

/**
 * The append-only audit log of every decision (ACC-1). An event is recorded inside the caller's
 * transaction, so the decision and its log entry are stored together or not at all; it is in the
 * log (with its sequence number) once that transaction has committed and the call that opened it
 * has returned.
 */
public interface AuditLog {

  /**
   * Records {@code event} in the transaction of {@code tx}, which must come from {@link
   * dev.clearance.store.Database#transaction} (the entry is integrated into the log after the
   * commit).
   *
   * @throws IllegalArgumentException if the event cannot become a log entry (e.g. too large)
   */
  void append(Repositories tx, AuditEvent event);

  /**
   * Records {@code events} in the transaction of {@code tx}, as one batch: they get increasing
   * sequence numbers in this order, as a rule consecutive ones.
   *
   * @throws IllegalArgumentException if {@code events} is empty or one cannot become a log entry
   */
  void appendAll(Repositories tx, List<AuditEvent> events);

  /**
   * Reveals the committed details of every confidential entry about {@code subject}, in the
   * transaction of {@code tx}; called when a release becomes public.
   */
  void reveal(Repositories tx, String subject);
}
