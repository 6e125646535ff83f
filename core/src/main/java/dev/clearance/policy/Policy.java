package dev.clearance.policy;

import dev.clearance.check.Severity;
import dev.clearance.document.Node;
import dev.clearance.report.PolicyRef;
import dev.clearance.tier.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A loaded, validated framework version (POL-1): tiers, triggers, the benchmark registry and the
 * documentation requirements. Built only by {@link PolicyLoader}.
 *
 * @param declarationSections headings of sections whose text declares what the model is
 * @param excludedSections headings of sections whose text never declares it (training data,
 *     out-of-scope, limitations...)
 * @param parameterDisagreement fraction by which a declared count may differ from a measured one
 * @param categories the safety categories of the benchmark registry
 * @param placeholders text that marks a template placeholder rather than information
 * @param consistency severity of each consistency check, by id
 * @param review community review, finding template and staged rollout (REV-2..6)
 * @param incidents the incident playbook: report kinds, severities and their deadlines (LIFE-2)
 * @param document the policy file as read, for {@code policy show} and {@code policy diff}
 */
public record Policy(
    String id,
    String version,
    String title,
    String effective,
    List<TierRule> tiers,
    List<Pattern> declarationSections,
    List<Pattern> excludedSections,
    double parameterDisagreement,
    List<TriggerRule> triggers,
    List<BenchmarkCategory> categories,
    List<Benchmark> benchmarks,
    List<Pattern> placeholders,
    List<RequirementRule> requirements,
    Map<String, Severity> consistency,
    ReviewRules review,
    IncidentRules incidents,
    Node.Mapping document) {

  public Policy {
    tiers = List.copyOf(tiers);
    declarationSections = List.copyOf(declarationSections);
    excludedSections = List.copyOf(excludedSections);
    triggers = List.copyOf(triggers);
    categories = List.copyOf(categories);
    benchmarks = List.copyOf(benchmarks);
    placeholders = List.copyOf(placeholders);
    requirements = List.copyOf(requirements);
    consistency = Map.copyOf(consistency);
    java.util.Objects.requireNonNull(review, "review");
    java.util.Objects.requireNonNull(incidents, "incidents");
  }

  /** The severity of a consistency check ({@code card-missing}, ...); see {@link PolicyLoader}. */
  public Severity consistencySeverity(String check) {
    Severity severity = consistency.get(check);
    if (severity == null) {
      throw new IllegalArgumentException("policy has no consistency severity for " + check);
    }
    return severity;
  }

  public PolicyRef ref() {
    return new PolicyRef(id, version, title);
  }

  public TierRule tier(Tier tier) {
    return tiers.stream()
        .filter(rule -> rule.tier() == tier)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("policy has no rule for " + tier));
  }

  /** Every expression the policy searches in card text, for the anchor index. */
  public List<TextPattern> textPatterns() {
    List<TextPattern> all = new java.util.ArrayList<>();
    for (TriggerRule trigger : triggers) {
      if (trigger instanceof TriggerRule.Signals signals) {
        all.addAll(signals.declarations());
        all.addAll(signals.mentions());
      }
    }
    for (RequirementRule rule : requirements) {
      if (rule.detector() instanceof DetectorRule.Text text) {
        all.addAll(text.present());
        all.addAll(text.partial());
        all.addAll(text.anywhere());
        all.addAll(text.partialAnywhere());
        all.addAll(text.declaredUnknown());
        all.addAll(text.declaredAbsent());
        all.addAll(text.extra());
      }
    }
    categories.forEach(category -> all.addAll(category.partial()));
    benchmarks.forEach(benchmark -> all.add(benchmark.mention()));
    return all;
  }

  public Optional<Benchmark> benchmark(String id) {
    return benchmarks.stream().filter(benchmark -> benchmark.id().equals(id)).findFirst();
  }
}
