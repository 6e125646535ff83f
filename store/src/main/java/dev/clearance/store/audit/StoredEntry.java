package dev.clearance.store.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One stored audit log entry: its leaf data (the canonical JSON that was hashed) and, once
 * revealed, the details its commitment covers.
 *
 * @param revealed the salt and details, present once they are public
 */
public record StoredEntry(long sequence, String subject, String leaf, Optional<Sealed> revealed) {

  public StoredEntry {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(revealed, "revealed");
  }

  /**
   * Committed details: salt in hex and the canonical JSON of the details.
   *
   * @param revealed whether they are public yet
   */
  public record Sealed(String saltHex, String details, boolean revealed) {}
}
