package dev.clearance.policy;

import dev.clearance.tier.Tier;
import java.util.List;
import java.util.Objects;

/**
 * What the policy asks of releases in one tier.
 *
 * @param reviewWindowDays days of community review before public release (0: none)
 * @param obligations ids of the tier's obligations ({@code third-party-audit}, ...)
 */
public record TierRule(
    Tier tier, String name, String summary, int reviewWindowDays, List<String> obligations) {

  public TierRule {
    Objects.requireNonNull(tier, "tier");
    if (reviewWindowDays < 0) {
      throw new IllegalArgumentException("review window must be >= 0 days");
    }
    obligations = List.copyOf(obligations);
  }
}
