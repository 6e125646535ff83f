package dev.clearance.server.testing;

import dev.clearance.store.Ids;
import dev.clearance.store.audit.QueuedEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Audit queue rows as a decision queues them, for tests that leave them behind as a crash would.
 */
public final class QueuedEvents {

  private QueuedEvents() {}

  /** As below, queued now by {@code clock}, with a new id and no reason. */
  public static QueuedEntry leftover(Clock clock, String action, String subject, String after) {
    return leftover(
        QueuedEntry.id(Ids.next(clock), 0), clock.instant(), action, subject, after, null);
  }

  /**
   * A public event of user {@code u1} with no state before it and no sealed details.
   *
   * @param reason the public reason, or null
   */
  public static QueuedEntry leftover(
      String id, Instant time, String action, String subject, String after, String reason) {
    return new QueuedEntry(
        id, time, "u1", action, subject, null, after, reason, null, Optional.empty());
  }
}
