package dev.clearance.policy;

import dev.clearance.check.Coverage;
import dev.clearance.check.Requirement;
import dev.clearance.check.Severity;
import dev.clearance.tier.Tier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A documentation requirement: at which tiers it applies and how strictly, which coverage satisfies
 * it, how to look for it and how to fix it.
 *
 * @param severity per tier; a tier without an entry does not ask for the requirement
 * @param accepts the coverage kinds that satisfy it
 * @param fix the YAML or markdown to add, shown with a failure
 */
public record RequirementRule(
    Requirement requirement,
    Map<Tier, Severity> severity,
    Set<Coverage> accepts,
    DetectorRule detector,
    String fix) {

  public RequirementRule {
    severity = Map.copyOf(severity);
    accepts = Set.copyOf(accepts);
  }

  public String id() {
    return requirement.id();
  }

  public Optional<Severity> severityAt(Tier tier) {
    return Optional.ofNullable(severity.get(tier));
  }
}
