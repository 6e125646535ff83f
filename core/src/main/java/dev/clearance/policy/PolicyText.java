package dev.clearance.policy;

import dev.clearance.check.Severity;
import dev.clearance.tier.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A human summary of a policy for {@code clearance policy show}. */
public final class PolicyText {

  private PolicyText() {}

  public static String show(Policy policy) {
    StringBuilder text = new StringBuilder();
    text.append(policy.title()).append('\n');
    text.append("id: ")
        .append(policy.id())
        .append("   version: ")
        .append(policy.version())
        .append("   effective: ")
        .append(policy.effective())
        .append("\n\nTiers\n");
    for (TierRule tier : policy.tiers()) {
      text.append("  ")
          .append(tier.tier())
          .append(" — ")
          .append(tier.name())
          .append(
              tier.reviewWindowDays() > 0
                  ? " (review window " + tier.reviewWindowDays() + " days)"
                  : "")
          .append("\n    ")
          .append(tier.summary())
          .append("\n    obligations: ")
          .append(String.join(", ", tier.obligations()))
          .append('\n');
    }
    text.append("\nTriggers (the highest fired tier wins)\n");
    for (TriggerRule trigger : policy.triggers()) {
      text.append("  ").append(trigger.tier()).append("  ").append(trigger.id()).append(" — ");
      switch (trigger) {
        case TriggerRule.Parameters parameters ->
            text.append(parameters.strictlyGreater() ? "more than " : "at least ")
                .append(String.format(Locale.ROOT, "%,d", parameters.threshold()))
                .append(" parameters");
        case TriggerRule.Signals signals -> text.append(signals.title());
      }
      text.append('\n');
    }
    text.append("\nRequirements (severity per tier)\n");
    for (RequirementRule rule : policy.requirements()) {
      text.append("  ")
          .append(rule.id())
          .append(" ")
          .append(rule.requirement().specRefs())
          .append(" — ")
          .append(rule.requirement().title())
          .append("\n    ")
          .append(severities(rule.severity()))
          .append("; accepts ")
          .append(
              rule.accepts().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList())
          .append('\n');
    }
    text.append("\nEstablished safety benchmarks\n");
    Map<String, List<String>> byCategory = new TreeMap<>();
    for (Benchmark benchmark : policy.benchmarks()) {
      byCategory
          .computeIfAbsent(benchmark.category(), key -> new ArrayList<>())
          .add(benchmark.name());
    }
    byCategory.forEach(
        (category, names) ->
            text.append("  ")
                .append(category)
                .append(": ")
                .append(String.join(", ", names))
                .append('\n'));
    appendReview(text, policy.review());
    return text.toString();
  }

  private static void appendReview(StringBuilder text, ReviewRules review) {
    text.append("\nCommunity review\n  access grants up to ")
        .append(review.maxGrantDays())
        .append(" days; a response may be contested within ")
        .append(review.contestDays())
        .append(" days\n  finding categories: ")
        .append(String.join(", ", review.findings().categories()))
        .append("\n  severities (response deadline): ");
    List<String> scale = new ArrayList<>();
    for (FindingSeverity severity : review.findings().severities()) {
      scale.add(severity.id() + " " + severity.responseDays() + " days");
    }
    text.append(String.join(", ", scale)).append("\n\nStaged rollout\n");
    for (RolloutStage stage : review.rollout()) {
      text.append("  ")
          .append(stage.id())
          .append(" — ")
          .append(stage.title())
          .append(" (at least ")
          .append(stage.minDays())
          .append(" days)")
          .append(stage.entryCriteria().isEmpty() ? "" : "; entry: " + stage.entryCriteria())
          .append("\n    ")
          .append(stage.audience())
          .append('\n');
    }
  }

  private static String severities(Map<Tier, Severity> severity) {
    List<String> parts = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      Severity value = severity.get(tier);
      parts.add(
          "T" + tier.level() + " " + (value == null ? "—" : value.name().toLowerCase(Locale.ROOT)));
    }
    return String.join(", ", parts);
  }
}
