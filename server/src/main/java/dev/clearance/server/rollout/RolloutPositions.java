package dev.clearance.server.rollout;

import dev.clearance.release.RolloutPosition;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import dev.clearance.store.rollout.StageEntryRepository;
import java.util.Optional;

/** What other parts of the server need of staged rollouts (REV-6): the stage a release is in. */
public final class RolloutPositions {

  private RolloutPositions() {}

  /** The stage entries, in {@code tx}. */
  public static StageEntryRepository stages(Repositories tx) {
    return new StageEntryRepository(tx.handle(), tx.clock());
  }

  /** The stage {@code release} is in and since when, once its rollout started. */
  public static Optional<RolloutPosition> current(Repositories tx, Release release) {
    return stages(tx)
        .current(release.id())
        .map(entry -> new RolloutPosition(entry.stage(), entry.enteredAt()));
  }
}
