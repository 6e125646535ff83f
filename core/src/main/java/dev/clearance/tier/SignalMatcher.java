package dev.clearance.tier;

import dev.clearance.check.Evidence;
import dev.clearance.document.Node;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.JsonFile;
import dev.clearance.evidence.BenchmarkFinding;
import dev.clearance.evidence.CardView;
import dev.clearance.evidence.SectionText;
import dev.clearance.policy.AnchorHits;
import dev.clearance.policy.BenchmarkThreshold;
import dev.clearance.policy.TextPattern;
import dev.clearance.policy.TriggerRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates a signals trigger: declared metadata (pipeline tag, tags, datasets, the {@code
 * rrf.triggers} list), config architecture and keys, declarations in the card's declaration scope,
 * and capability benchmark scores. Matches outside the declaration scope suggest a review.
 */
final class SignalMatcher {

  /** A trigger outcome and, when it did not fire, a possible review suggestion. */
  record Result(TriggerOutcome outcome, Optional<ReviewSuggestion> suggestion) {}

  private static final int MAX_EVIDENCE = 5;

  Result match(
      TriggerRule.Signals rule,
      Dossier dossier,
      Optional<CardView> card,
      List<BenchmarkFinding> benchmarks) {
    List<Evidence> evidence = new ArrayList<>();
    card.ifPresent(view -> metadata(rule, view, evidence));
    dossier.config().ifPresent(config -> config(rule, config, evidence));
    card.ifPresent(view -> declarations(rule, view, evidence));
    benchmarkScores(rule, benchmarks, evidence);
    if (!evidence.isEmpty()) {
      List<Evidence> shown =
          evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence;
      String explanation = "fired: " + shown.get(0).what() + " — " + rule.why();
      return new Result(
          new TriggerOutcome(
              rule.id(), rule.title(), rule.tier(), true, explanation.strip(), shown),
          Optional.empty());
    }
    TriggerOutcome quiet =
        new TriggerOutcome(
            rule.id(),
            rule.title(),
            rule.tier(),
            false,
            "no declaration, metadata, config or benchmark result shows it",
            List.of());
    return new Result(quiet, card.flatMap(view -> mentions(rule, view)));
  }

  private static void metadata(TriggerRule.Signals rule, CardView card, List<Evidence> evidence) {
    card.metadata("pipeline_tag")
        .ifPresent(node -> scalars(node, rule.pipelineTags(), "pipeline_tag", evidence));
    card.metadata("tags").ifPresent(node -> scalars(node, rule.tags(), "tag", evidence));
    card.metadata("model-index").ifPresent(node -> taskTypes(node, rule, evidence));
    card.metadata("datasets")
        .ifPresent(node -> scalars(node, rule.datasets(), "dataset", evidence));
    card.metadata("rrf.triggers")
        .ifPresent(
            node -> {
              for (Node.Scalar scalar : node.scalars()) {
                if (rule.id().equals(scalar.text())) {
                  evidence.add(
                      new Evidence("declared in rrf.triggers", scalar.text(), scalar.source()));
                }
              }
            });
  }

  /** {@code model-index[].results[].task.type} declares the pipeline the model was evaluated as. */
  private static void taskTypes(
      Node modelIndex, TriggerRule.Signals rule, List<Evidence> evidence) {
    if (!(modelIndex instanceof Node.Sequence models)) {
      return;
    }
    for (Node model : models.items()) {
      if (model instanceof Node.Mapping modelEntry) {
        modelEntry
            .sequence("results")
            .ifPresent(
                results -> {
                  for (Node result : results.items()) {
                    if (result instanceof Node.Mapping resultEntry) {
                      resultEntry
                          .mapping("task")
                          .flatMap(task -> task.get("type"))
                          .ifPresent(
                              type ->
                                  scalars(
                                      type,
                                      rule.pipelineTags(),
                                      "model-index task type",
                                      evidence));
                    }
                  }
                });
      }
    }
  }

  private static void scalars(
      Node node, List<Pattern> patterns, String what, List<Evidence> evidence) {
    for (Node.Scalar scalar : node.scalars()) {
      if (scalar.text() != null && matches(patterns, scalar.text())) {
        evidence.add(new Evidence("declared " + what, scalar.text(), scalar.source()));
      }
    }
  }

  private static void config(TriggerRule.Signals rule, JsonFile config, List<Evidence> evidence) {
    Node.Mapping root = config.root();
    for (String key : List.of("architectures", "model_type")) {
      root.get(key)
          .ifPresent(
              node -> {
                for (Node.Scalar scalar : node.scalars()) {
                  if (scalar.text() != null && matches(rule.architectures(), scalar.text())) {
                    evidence.add(new Evidence("config " + key, scalar.text(), scalar.source()));
                  }
                }
              });
    }
    for (String key : rule.configKeys()) {
      root.get(key)
          .filter(node -> !(node instanceof Node.Scalar scalar && scalar.isNull()))
          .ifPresent(node -> evidence.add(new Evidence("config key", key, node.source())));
    }
  }

  private static void declarations(
      TriggerRule.Signals rule, CardView card, List<Evidence> evidence) {
    card.title()
        .ifPresent(
            title -> {
              String heading = title.section().heading();
              AnchorHits hits = card.anchorHits(heading);
              for (TextPattern pattern : rule.declarations()) {
                if (pattern.firstMatch(heading, hits) >= 0) {
                  evidence.add(
                      new Evidence(
                          "declared in the card title", heading, title.section().source()));
                }
              }
            });
    for (SectionText section : card.sections()) {
      if (!section.declaration() || section.placeholder()) {
        continue;
      }
      for (TextPattern pattern : rule.declarations()) {
        section.find(pattern, () -> "declared in " + section.title()).ifPresent(evidence::add);
      }
    }
  }

  private static void benchmarkScores(
      TriggerRule.Signals rule, List<BenchmarkFinding> findings, List<Evidence> evidence) {
    for (BenchmarkThreshold threshold : rule.benchmarks()) {
      for (BenchmarkFinding finding : findings) {
        if (finding.benchmark().id().equals(threshold.benchmark())
            && Double.isFinite(finding.score())) {
          double score = finding.score() > 1 ? finding.score() / 100 : finding.score();
          if (score >= threshold.atLeast()) {
            evidence.add(
                new Evidence(
                    "%s score %.2f ≥ %.2f"
                        .formatted(finding.benchmark().name(), score, threshold.atLeast()),
                    finding.evidence().value(),
                    finding.evidence().source()));
          }
        }
      }
    }
  }

  private static Optional<ReviewSuggestion> mentions(TriggerRule.Signals rule, CardView card) {
    List<TextPattern> patterns = new ArrayList<>(rule.mentions());
    if (rule.tier() == Tier.T4) {
      patterns.addAll(rule.declarations());
    }
    for (SectionText section : card.sections()) {
      if (section.declaration() || section.placeholder()) {
        continue;
      }
      for (TextPattern pattern : patterns) {
        Optional<Evidence> found = section.find(pattern, () -> "mentioned in " + section.title());
        if (found.isPresent()) {
          return Optional.of(
              new ReviewSuggestion(
                  rule.id(),
                  "%s is mentioned but not declared as the model's own; review whether %s applies"
                      .formatted(rule.title(), rule.tier()),
                  List.of(found.get())));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<Pattern> patterns, String text) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
