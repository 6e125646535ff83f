package dev.clearance.tier;

import dev.clearance.dossier.ParameterCount;
import java.util.List;
import java.util.Optional;

/**
 * The decided tier with its full explanation: every trigger of the policy, fired or not (POL-3).
 *
 * @param tier the highest tier among fired triggers (Tier 1 when none fired)
 * @param triggers every trigger of the policy, in policy order
 * @param parameters the parameter count used for size triggers, when one is known
 * @param reviewSuggestions signals that deserve review without raising the tier
 */
public record TierDecision(
    Tier tier,
    List<TriggerOutcome> triggers,
    Optional<ParameterCount> parameters,
    List<ReviewSuggestion> reviewSuggestions) {

  public TierDecision {
    triggers = List.copyOf(triggers);
    reviewSuggestions = List.copyOf(reviewSuggestions);
  }

  public List<TriggerOutcome> fired() {
    return triggers.stream().filter(TriggerOutcome::fired).toList();
  }
}
