package dev.clearance.store.rollout;

import java.time.Instant;
import java.util.Objects;

/**
 * A stage a release entered during its staged rollout (REV-6).
 *
 * @param how {@code stage}, {@code advance}, {@code rollback} or {@code release}
 * @param enteredBy the user who moved it, or null
 * @param reason why (rollbacks), or null
 * @param leftAt when the next stage replaced it, or null for the current stage
 */
public record StageEntry(
    String id,
    String releaseId,
    String stage,
    String how,
    String enteredBy,
    Instant enteredAt,
    String reason,
    Instant leftAt) {

  public StageEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(how, "how");
    Objects.requireNonNull(enteredAt, "enteredAt");
  }
}
