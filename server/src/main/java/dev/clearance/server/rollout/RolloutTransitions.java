package dev.clearance.server.rollout;

import dev.clearance.policy.Policy;
import dev.clearance.release.ReleaseAction;
import dev.clearance.release.ReleaseFacts;
import dev.clearance.release.ReleaseState;
import dev.clearance.release.Rollout;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How release actions move a staged rollout (REV-6): {@code stage} enters the policy's first stage,
 * once that stage's entry criteria hold; {@code release} of a staged release enters general
 * availability, the last stage.
 */
public final class RolloutTransitions {

  private RolloutTransitions() {}

  /** Why {@code action} may not start the rollout now; empty for other actions or when it may. */
  public static List<String> blockers(
      ReleaseAction action, Policy policy, ReleaseFacts facts, Instant now) {
    if (action != ReleaseAction.STAGE) {
      return List.of();
    }
    Rollout rollout = Rollout.of(policy);
    return rollout.blockers(Optional.empty(), rollout.first(), facts, now);
  }

  /** Records the stage {@code action} entered, after it was applied to {@code after}. */
  public static void applied(
      Repositories tx,
      ReleaseAction action,
      ReleaseState before,
      Release after,
      Policy policy,
      String userId) {
    Rollout rollout = Rollout.of(policy);
    if (action == ReleaseAction.STAGE) {
      RolloutPositions.stages(tx).enter(after.id(), rollout.first().id(), "stage", userId, null);
    } else if (action == ReleaseAction.RELEASE && before == ReleaseState.STAGED) {
      RolloutPositions.stages(tx)
          .enter(after.id(), rollout.generalAvailability().id(), "release", userId, null);
    }
  }
}
