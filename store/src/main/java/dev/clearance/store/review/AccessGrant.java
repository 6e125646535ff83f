package dev.clearance.store.review;

import java.time.Instant;
import java.util.Objects;

/**
 * An evaluator's time-boxed access to one release's pre-release material (REV-3).
 *
 * @param requestedDays the days the evaluator asked for, or null
 * @param createdBy who created the row: the evaluator for a request, an organization member for a
 *     direct grant
 * @param decidedBy who granted, declined or revoked it last, or null
 * @param decisionReason the reason of a decline or revocation, or null
 * @param expiresAt when an active grant ends by itself, or null before it is granted
 * @param version optimistic-concurrency version
 */
public record AccessGrant(
    String id,
    String releaseId,
    String evaluatorId,
    GrantStatus status,
    String purpose,
    Integer requestedDays,
    String createdBy,
    Instant createdAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    Instant expiresAt,
    long version) {

  public AccessGrant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(evaluatorId, "evaluatorId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(purpose, "purpose");
  }

  /** True when the grant gives access at {@code now}: active and not yet expired. */
  public boolean isActiveAt(Instant now) {
    return status == GrantStatus.ACTIVE && expiresAt != null && now.isBefore(expiresAt);
  }

  /** The status as people read it at {@code now}: an active grant past its expiry is expired. */
  public GrantStatus statusAt(Instant now) {
    return status == GrantStatus.ACTIVE && !isActiveAt(now) ? GrantStatus.EXPIRED : status;
  }
}
