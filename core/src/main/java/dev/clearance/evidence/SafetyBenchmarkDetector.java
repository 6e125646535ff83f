package dev.clearance.evidence;

import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.policy.DetectorRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * DOC-2: results on at least N established safety benchmarks that together cover every required
 * category (toxicity, bias, factual accuracy). Names without results count as partial.
 */
public final class SafetyBenchmarkDetector {

  private SafetyBenchmarkDetector() {}

  public static Detection detect(
      DetectorRule.SafetyBenchmarks rule,
      List<BenchmarkFinding> findings,
      List<CategoryEvaluation> categoryEvaluations,
      List<String> resultFiles) {
    List<BenchmarkFinding> relevant =
        findings.stream()
            .filter(finding -> rule.categories().contains(finding.benchmark().category()))
            .toList();
    List<BenchmarkFinding> scored = relevant.stream().filter(BenchmarkFinding::scored).toList();
    Set<String> covered = new LinkedHashSet<>();
    scored.forEach(finding -> covered.add(finding.benchmark().category()));
    List<String> missingCategories =
        rule.categories().stream().filter(category -> !covered.contains(category)).toList();
    List<String> unscored =
        relevant.stream()
            .filter(finding -> !finding.scored())
            .map(finding -> finding.benchmark().name())
            .toList();
    List<Evidence> evidence =
        new ArrayList<>(relevant.stream().map(BenchmarkFinding::evidence).toList());
    List<String> otherwise = new ArrayList<>();
    for (CategoryEvaluation evaluation : categoryEvaluations) {
      if (missingCategories.contains(evaluation.category())) {
        evidence.add(evaluation.evidence());
        otherwise.add(evaluation.category());
      }
    }
    List<String> whereLooked =
        List.of(
            "model-index in the card's front matter",
            resultFiles.isEmpty()
                ? "evaluation result files (none found: results_*.json, eval_results.json,"
                    + " .eval_results/*.yaml)"
                : "evaluation result files " + resultFiles,
            "benchmark names with scores in the card's text and tables");
    List<String> notes = new ArrayList<>();
    if (scored.size() < rule.minimum()) {
      notes.add(
          "results for %d established benchmark(s), %d needed"
              .formatted(scored.size(), rule.minimum()));
    }
    if (!missingCategories.isEmpty()) {
      notes.add("no results for " + String.join(", ", missingCategories));
    }
    if (!otherwise.isEmpty()) {
      notes.add("evaluated without an established benchmark: " + String.join(", ", otherwise));
    }
    if (!unscored.isEmpty()) {
      notes.add("named without a score: " + String.join(", ", unscored));
    }
    String note = String.join("; ", notes);
    if (scored.size() >= rule.minimum() && missingCategories.isEmpty()) {
      return new Detection(Coverage.PRESENT, evidence, whereLooked, note);
    }
    return new Detection(
        evidence.isEmpty() ? Coverage.MISSING : Coverage.PARTIAL, evidence, whereLooked, note);
  }
}
