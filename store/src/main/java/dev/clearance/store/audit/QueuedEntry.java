package dev.clearance.store.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An audit event waiting in {@code audit_queue} for the sequencer: everything its log entry needs
 * except the sequence number, which it gets when it is integrated into the Merkle tree.
 *
 * @param id the queue id ({@link #id(String, int)}); the sequencer integrates rows in increasing id
 *     order, so a batch's events stay together and in order
 * @param time when the decision was made, in whole milliseconds
 * @param before the state before, or null
 * @param after the state after, or null
 * @param reason the public reason, or null (a confidential event's reason is sealed)
 * @param commitmentHex the commitment to the sealed details in hex, or null if there are none
 * @param sealed the salt and details the commitment covers, with whether they are public yet
 */
public record QueuedEntry(
    String id,
    Instant time,
    String actor,
    String action,
    String subject,
    String before,
    String after,
    String reason,
    String commitmentHex,
    Optional<StoredEntry.Sealed> sealed) {

  /**
   * The queue id of the {@code position}th event of a batch: the batch's UUIDv7 ({@link
   * dev.clearance.store.Ids}, increasing within a process) and the position, zero-padded so that
   * ids sort as text by batch, then position.
   */
  public static String id(String batch, int position) {
    if (position < 0) {
      throw new IllegalArgumentException("position " + position + " is negative");
    }
    // As String.format("/%08d", position), which costs more than the rest of an enqueue.
    String digits = Integer.toString(position);
    return batch + "/" + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
  }

  /** Checks that the required fields are present and that details come with their commitment. */
  public QueuedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sealed, "sealed");
    if (sealed.isPresent() != (commitmentHex != null)) {
      throw new IllegalArgumentException(
          "queued entry " + id + ": sealed details and a commitment go together");
    }
  }
}
