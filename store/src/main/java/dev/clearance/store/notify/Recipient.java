package dev.clearance.store.notify;

import java.util.Objects;

/**
 * An active user who receives an event.
 *
 * @param email the user's verified address, or {@code null} when they gave none or have not
 *     verified it
 */
public record Recipient(String userId, String email) {

  /** Checks that the user id is present. */
  public Recipient {
    Objects.requireNonNull(userId, "userId");
  }
}
