package dev.clearance.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How community review runs under a policy (REV-2..5, REV-6): how long an evaluator's access to
 * pre-release material may last, the finding template with its severity scale and response
 * deadlines, how long an evaluator has to contest a response, and the stages of a staged rollout.
 *
 * @param maxGrantDays the longest access grant an organization may give an evaluator
 * @param contestDays days an evaluator has, after a response, to contest it (once)
 * @param findings the template every finding follows (REV-4)
 * @param rollout the stages of a staged rollout, in order; the last one is general availability
 */
public record ReviewRules(
    int maxGrantDays, int contestDays, FindingTemplate findings, List<RolloutStage> rollout) {

  public ReviewRules {
    Objects.requireNonNull(findings, "findings");
    if (maxGrantDays < 1 || contestDays < 1) {
      throw new IllegalArgumentException("grant and contest periods must be at least one day");
    }
    rollout = List.copyOf(rollout);
    if (rollout.isEmpty()) {
      throw new IllegalArgumentException("a staged rollout needs at least one stage");
    }
  }

  /** The stage called {@code id}, if the policy has one. */
  public Optional<RolloutStage> stage(String id) {
    return rollout.stream().filter(stage -> stage.id().equals(id)).findFirst();
  }

  /** The stage after {@code id}, or empty for the last one (general availability). */
  public Optional<RolloutStage> stageAfter(String id) {
    for (int i = 0; i < rollout.size() - 1; i++) {
      if (rollout.get(i).id().equals(id)) {
        return Optional.of(rollout.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The stage before {@code id}, or empty for the first one. */
  public Optional<RolloutStage> stageBefore(String id) {
    for (int i = 1; i < rollout.size(); i++) {
      if (rollout.get(i).id().equals(id)) {
        return Optional.of(rollout.get(i - 1));
      }
    }
    return Optional.empty();
  }
}
