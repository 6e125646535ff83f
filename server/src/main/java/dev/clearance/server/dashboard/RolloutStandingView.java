package dev.clearance.server.dashboard;

import java.util.List;

/**
 * Where a staged release's rollout stands (REV-6).
 *
 * @param stage the stage it is in
 * @param enteredAt when it entered that stage
 * @param next the next stage, absent in the last one
 * @param nextEarliestAt when the current stage's minimum duration ends, by the server's clock
 * @param blockers why the next stage cannot start now (empty when it can)
 * @param readyForRelease true when the release may become generally available now
 */
public record RolloutStandingView(
    String stage,
    String enteredAt,
    String next,
    String nextEarliestAt,
    List<String> blockers,
    boolean readyForRelease) {

  public RolloutStandingView {
    blockers = List.copyOf(blockers);
  }
}
