package dev.clearance.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.store.audit.StoredEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit log entry as the API shows it: its sequence number, the exact leaf text that was hashed
 * into the Merkle tree, and the details its commitment covers once they are revealed (public
 * subjects at once, confidential ones at release). Unrevealed details are never shown.
 *
 * @param leaf the canonical JSON of the entry; {@code SHA-256(0x00 || UTF-8 of leaf)} is its leaf
 *     hash
 * @param details the salt and details, present only when revealed
 */
public record LogEntry(long sequence, String leaf, Optional<Revealed> details) {

  public LogEntry {
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(details, "details");
  }

  /**
   * Revealed details: {@code commitment = SHA-256(salt || canonical JSON of details)}.
   *
   * @param salt the 32-byte salt in hex
   * @param details the committed JSON object
   */
  public record Revealed(String salt, JsonNode details) {
    public Revealed {
      Objects.requireNonNull(salt, "salt");
      Objects.requireNonNull(details, "details");
    }
  }

  /** The public view of a stored entry: details only if revealed. */
  static LogEntry of(StoredEntry stored) {
    return new LogEntry(
        stored.sequence(),
        stored.leaf(),
        stored
            .revealed()
            .filter(StoredEntry.Sealed::revealed)
            .map(secret -> new Revealed(secret.saltHex(), LedgerAuditLog.details(secret))));
  }
}
