package dev.clearance.check;

import dev.clearance.dossier.Dossier;
import dev.clearance.evidence.BenchmarkFinder;
import dev.clearance.evidence.BenchmarkFinding;
import dev.clearance.evidence.CardView;
import dev.clearance.evidence.CategoryEvaluation;
import dev.clearance.evidence.PolicyIndex;
import dev.clearance.policy.Policy;
import dev.clearance.policy.RequirementRule;
import dev.clearance.report.CheckReport;
import dev.clearance.tier.SizeFacts;
import dev.clearance.tier.TierDecider;
import dev.clearance.tier.TierDecision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a dossier against a policy: decides the tier, then checks every documentation requirement
 * the policy asks for at that tier, and the consistency of what the dossier says. This is {@code
 * clearance check}; the registry server runs the same checker.
 */
public final class Checker {

  private final Policy policy;
  private final Clock clock;
  private final Function<Dossier, SizeFacts> sizes;
  private final TierDecider decider;
  private final BenchmarkFinder benchmarks;
  private final RequirementEvaluator requirements;
  private final ConsistencyChecks consistency;
  private final PolicyIndex index;

  /** A checker that reads parameter counts from the dossier's card, config and index. */
  public Checker(Policy policy, Clock clock) {
    this(policy, clock, new SizeFinder()::find);
  }

  /**
   * A checker with a given way of finding parameter counts.
   *
   * @param sizes finds the counts for a dossier; must not throw
   */
  public Checker(Policy policy, Clock clock, Function<Dossier, SizeFacts> sizes) {
    this.policy = policy;
    this.clock = clock;
    this.sizes = sizes;
    this.decider = new TierDecider(policy);
    this.benchmarks = new BenchmarkFinder(policy);
    this.requirements = new RequirementEvaluator(policy);
    this.consistency = new ConsistencyChecks(policy);
    this.index = new PolicyIndex(policy);
  }

  public Policy policy() {
    return policy;
  }

  /** Checks the dossier; never throws for anything a dossier can contain. */
  public CheckReport check(Dossier dossier) {
    Optional<CardView> card = dossier.card().map(modelCard -> new CardView(modelCard, index));
    List<BenchmarkFinding> found = benchmarks.find(dossier, card);
    List<CategoryEvaluation> otherEvaluations = benchmarks.categoryEvaluations(card);
    SizeFacts size = sizes.apply(dossier);
    TierDecision tier = decider.decide(dossier, card, size, found);
    List<CheckResult> results = new ArrayList<>();
    results.add(consistency.cardPresent(dossier));
    results.add(consistency.declaredTier(card, tier));
    results.addAll(consistency.parameterAgreement(size));
    results.addAll(consistency.licenseAgreement(card));
    results.addAll(consistency.reviewSuggestions(tier));
    for (RequirementRule rule : policy.requirements()) {
      results.add(requirements.evaluate(rule, tier.tier(), dossier, card, found, otherEvaluations));
    }
    return new CheckReport(
        policy.ref(), dossier.subject(), clock.instant(), dossier.filesRead(), tier, results);
  }
}
