package dev.clearance.tier;

import dev.clearance.check.Evidence;
import dev.clearance.document.Node;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.evidence.BenchmarkFinding;
import dev.clearance.evidence.CardView;
import dev.clearance.policy.Policy;
import dev.clearance.policy.TriggerRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a release's tier under a policy (POL-2, POL-3): evaluates every trigger, fired or not,
 * with its evidence; the highest fired tier wins, Tier 1 when none fires.
 */
public final class TierDecider {

  private final Policy policy;
  private final SignalMatcher signals;

  public TierDecider(Policy policy) {
    this.policy = policy;
    this.signals = new SignalMatcher();
  }

  /**
   * Decides the tier.
   *
   * @param dossier what was read
   * @param card the dossier's card prepared for search, when it has one
   * @param size the parameter counts known for the release
   * @param benchmarks the policy's benchmarks found in the dossier
   */
  public TierDecision decide(
      Dossier dossier, Optional<CardView> card, SizeFacts size, List<BenchmarkFinding> benchmarks) {
    List<TriggerOutcome> outcomes = new ArrayList<>();
    List<ReviewSuggestion> suggestions = new ArrayList<>();
    Tier tier = Tier.T1;
    for (TriggerRule rule : policy.triggers()) {
      TriggerOutcome outcome =
          switch (rule) {
            case TriggerRule.Parameters parameters -> parameters(parameters, size);
            case TriggerRule.Signals signalRule -> {
              SignalMatcher.Result result = signals.match(signalRule, dossier, card, benchmarks);
              result.suggestion().ifPresent(suggestions::add);
              yield result.outcome();
            }
          };
      outcomes.add(outcome);
      if (outcome.fired()) {
        tier = tier.max(outcome.tier());
      }
    }
    return new TierDecision(tier, outcomes, size.deciding(), suggestions);
  }

  private static TriggerOutcome parameters(TriggerRule.Parameters rule, SizeFacts size) {
    Optional<ParameterCount> deciding = size.deciding();
    String threshold =
        (rule.strictlyGreater() ? "more than " : "at least ")
            + ParameterCount.human(rule.threshold());
    if (deciding.isEmpty()) {
      return new TriggerOutcome(
          rule.id(),
          rule.title(),
          rule.tier(),
          false,
          "no parameter count found (card, config.json, index or checkpoint headers); needs "
              + threshold,
          List.of());
    }
    ParameterCount count = deciding.get();
    boolean fired =
        rule.strictlyGreater()
            ? count.total() > rule.threshold()
            : count.total() >= rule.threshold();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(evidence(count));
    size.measured()
        .filter(measured -> measured != count)
        .ifPresent(measured -> evidence.add(evidence(measured)));
    String basis = count.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String explanation =
        "%s parameters (%s) %s %s"
            .formatted(count.humanTotal(), basis, fired ? "is" : "is not", threshold);
    return new TriggerOutcome(rule.id(), rule.title(), rule.tier(), fired, explanation, evidence);
  }

  private static Evidence evidence(ParameterCount count) {
    String value =
        ParameterCount.grouped(count.total())
            + " parameters"
            + (count.active().isPresent()
                ? " (" + ParameterCount.grouped(count.active().getAsLong()) + " active)"
                : "")
            + " — "
            + count.detail();
    return new Evidence(
        "parameter count (" + count.basis().name().toLowerCase(java.util.Locale.ROOT) + ")",
        value,
        count.source());
  }

  /** The tier the card declares for itself in {@code rrf.tier}, if any. */
  public static Optional<Node.Scalar> declaredTier(Optional<CardView> card) {
    return card.flatMap(view -> view.metadata("rrf.tier"))
        .filter(Node.Scalar.class::isInstance)
        .map(Node.Scalar.class::cast)
        .filter(scalar -> !scalar.isNull());
  }
}
