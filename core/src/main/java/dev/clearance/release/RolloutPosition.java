package dev.clearance.release;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a staged rollout stands: the stage a release is in and when it entered it (server time).
 *
 * @param stage the id of a stage of the policy's {@code review.rollout}
 */
public record RolloutPosition(String stage, Instant enteredAt) {

  public RolloutPosition {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredAt, "enteredAt");
  }
}
