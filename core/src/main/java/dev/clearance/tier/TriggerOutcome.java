package dev.clearance.tier;

import dev.clearance.check.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * Whether one tier trigger of the policy fired, and why (POL-3).
 *
 * @param triggerId the policy's trigger id ({@code size.over-70b}, {@code capability.code})
 * @param title a short human title
 * @param tier the tier the trigger raises a release to
 * @param fired whether it fired
 * @param explanation one sentence on why it fired or did not
 * @param evidence what was found (empty when nothing was)
 */
public record TriggerOutcome(
    String triggerId,
    String title,
    Tier tier,
    boolean fired,
    String explanation,
    List<Evidence> evidence) {

  public TriggerOutcome {
    Objects.requireNonNull(triggerId, "triggerId");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(explanation, "explanation");
    evidence = List.copyOf(evidence);
  }
}
