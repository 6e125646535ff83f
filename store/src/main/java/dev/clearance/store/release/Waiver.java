package dev.clearance.store.release;

import java.time.Instant;
import java.util.Objects;

/**
 * A steward's waiver of one failed requirement or guard for a release, with the reason (REV-1).
 *
 * @param requirement the requirement id or guard name waived, e.g. {@code DOC-3}
 */
public record Waiver(
    String id,
    String releaseId,
    String requirement,
    String stewardId,
    String reason,
    Instant createdAt) {

  /** Checks that no field is missing and the reason is not blank. */
  public Waiver {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(stewardId, "stewardId");
    Objects.requireNonNull(createdAt, "createdAt");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a reason");
    }
  }
}
