package dev.clearance.server.rollout;

import dev.clearance.policy.Policy;
import dev.clearance.policy.RolloutStage;
import dev.clearance.release.ReleaseFacts;
import dev.clearance.release.ReleaseState;
import dev.clearance.release.Rollout;
import dev.clearance.release.RolloutPosition;
import dev.clearance.server.release.ReleaseFactsGatherer;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where one release's rollout stands now: its policy's stages, the current position, the facts the
 * entry criteria look at, and the next step with what blocks it.
 */
public record RolloutSituation(
    Policy policy,
    Rollout rollout,
    Optional<RolloutPosition> position,
    ReleaseFacts facts,
    Instant now) {

  static RolloutSituation of(Repositories tx, ReleaseRef ref, Policy policy) {
    Release release = ref.release();
    ReleaseFacts facts =
        ReleaseFactsGatherer.gather(
            tx,
            release,
            tx.checkReports().latest(release.id()),
            tx.releaseFiles().listByRelease(release.id()),
            policy);
    return of(tx, release, policy, facts, tx.clock().instant());
  }

  /** The situation of {@code release} whose {@code facts} were gathered already, at {@code now}. */
  public static RolloutSituation of(
      Repositories tx, Release release, Policy policy, ReleaseFacts facts, Instant now) {
    return new RolloutSituation(
        policy, Rollout.of(policy), RolloutPositions.current(tx, release), facts, now);
  }

  /** The stage the next step enters: the first before the rollout starts, else the next one. */
  public Optional<RolloutStage> nextStage() {
    return position.isEmpty() ? Optional.of(rollout.first()) : rollout.next(position.get().stage());
  }

  /** Why the next step cannot be taken now; empty when it can. */
  public List<String> blockers() {
    Optional<RolloutStage> next = nextStage();
    if (next.isEmpty()) {
      return List.of();
    }
    return rollout.blockers(position, next.get(), facts, now);
  }

  /** True when the release is staged and its rollout may reach general availability. */
  public boolean readyForRelease() {
    return facts.state() == ReleaseState.STAGED && facts.rolloutComplete();
  }
}
