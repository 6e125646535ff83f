package dev.clearance.policy;

import java.util.List;
import java.util.Objects;

/**
 * One stage of a staged rollout (REV-6): who gets the model, what must hold before it starts and
 * how long it runs at least before the next stage.
 *
 * @param id the code used in the API ({@code research}, ...)
 * @param title how people read it
 * @param audience who has access during the stage
 * @param minDays the least number of days the stage runs before the next may start
 * @param entryCriteria what must hold to enter the stage, from {@link #CRITERIA}
 */
public record RolloutStage(
    String id, String title, String audience, int minDays, List<String> entryCriteria) {

  /**
   * The entry criteria a policy can name: {@code findings-answered} (no finding unanswered or
   * contested) and {@code audit-attestation} (a valid attestation covers the release). The previous
   * stage's minimum duration always applies.
   */
  public static final List<String> CRITERIA = List.of("findings-answered", "audit-attestation");

  public RolloutStage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(audience, "audience");
    if (minDays < 0) {
      throw new IllegalArgumentException("a stage's minimum duration must be >= 0 days");
    }
    entryCriteria = List.copyOf(entryCriteria);
  }
}
