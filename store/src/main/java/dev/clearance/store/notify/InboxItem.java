package dev.clearance.store.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * An event in one user's inbox.
 *
 * @param readAt when the user marked it read, or {@code null} while unread
 */
public record InboxItem(StoredEvent event, Instant readAt) {

  /** Checks that the event is present. */
  public InboxItem {
    Objects.requireNonNull(event, "event");
  }
}
