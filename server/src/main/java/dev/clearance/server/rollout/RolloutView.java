package dev.clearance.server.rollout;

import java.util.List;

/**
 * A release's staged rollout (REV-6): the policy's stages with where the release stands, what the
 * next step is and what blocks it, and every move so far.
 *
 * @param current the stage the release is in, absent before {@code stage} was taken
 * @param next the stage after the current one (the first before the rollout starts; {@code general}
 *     availability is reached with the {@code release} action)
 * @param nextEarliestAt when the current stage's minimum duration ends
 * @param blockers why the next step cannot be taken now (empty when it can)
 * @param readyForRelease true when the {@code release} action's staged-rollout guard holds
 */
public record RolloutView(
    String policy,
    List<StageView> stages,
    String current,
    String next,
    String nextEarliestAt,
    List<String> blockers,
    boolean readyForRelease,
    List<StageMoveView> history) {

  public RolloutView {
    stages = List.copyOf(stages);
    blockers = List.copyOf(blockers);
    history = List.copyOf(history);
  }
}
