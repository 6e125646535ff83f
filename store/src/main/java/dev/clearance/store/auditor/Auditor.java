package dev.clearance.store.auditor;

import java.time.Instant;
import java.util.Objects;

/**
 * A user approved by a steward as an auditor of one audit firm (REV-6).
 *
 * @param statusReason the steward's reason for the last change of status, or {@code null}
 * @param version optimistic-concurrency version, 1 when created
 */
public record Auditor(
    String userId,
    String firmId,
    ApprovalStatus status,
    String statusReason,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Auditor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(firmId, "firmId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
