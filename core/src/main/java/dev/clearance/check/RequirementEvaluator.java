package dev.clearance.check;

import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import dev.clearance.evidence.BenchmarkFinding;
import dev.clearance.evidence.CardView;
import dev.clearance.evidence.CategoryEvaluation;
import dev.clearance.evidence.ContactDetector;
import dev.clearance.evidence.Detection;
import dev.clearance.evidence.LicenseDetector;
import dev.clearance.evidence.SafetyBenchmarkDetector;
import dev.clearance.evidence.TextDetector;
import dev.clearance.policy.DetectorRule;
import dev.clearance.policy.Policy;
import dev.clearance.policy.RequirementRule;
import dev.clearance.tier.Tier;
import java.util.List;
import java.util.Optional;

/** Turns one requirement rule and what its detector found into a {@link CheckResult} (DOC-7). */
final class RequirementEvaluator {

  private final Policy policy;

  RequirementEvaluator(Policy policy) {
    this.policy = policy;
  }

  CheckResult evaluate(
      RequirementRule rule,
      Tier tier,
      Dossier dossier,
      Optional<CardView> card,
      List<BenchmarkFinding> benchmarks,
      List<CategoryEvaluation> categoryEvaluations) {
    Optional<Severity> severity = rule.severityAt(tier);
    if (severity.isEmpty()) {
      return new CheckResult.NotApplicable(
          rule.requirement(), "%s does not ask for this at %s".formatted(policy.ref(), tier));
    }
    Detection detection = detect(rule.detector(), dossier, card, benchmarks, categoryEvaluations);
    if (rule.accepts().contains(detection.coverage())) {
      if (!detection.note().isEmpty()) {
        return new CheckResult.Warned(
            rule.requirement(),
            detection.note(),
            detection.whereLooked(),
            rule.fix(),
            detection.evidence());
      }
      return new CheckResult.Passed(rule.requirement(), detection.coverage(), detection.evidence());
    }
    return new CheckResult.Failed(
        rule.requirement(),
        severity.get(),
        detection.coverage(),
        missing(rule, detection),
        detection.whereLooked(),
        rule.fix(),
        detection.evidence());
  }

  private Detection detect(
      DetectorRule detector,
      Dossier dossier,
      Optional<CardView> card,
      List<BenchmarkFinding> benchmarks,
      List<CategoryEvaluation> categoryEvaluations) {
    if (detector instanceof DetectorRule.SafetyBenchmarks safety) {
      List<String> resultFiles =
          dossier.evalResults().stream()
              .filter(result -> result.origin() != EvalResult.Origin.MODEL_INDEX)
              .map(result -> result.source().file())
              .distinct()
              .toList();
      return SafetyBenchmarkDetector.detect(safety, benchmarks, categoryEvaluations, resultFiles);
    }
    DetectorRule.Text text = (DetectorRule.Text) detector;
    if (card.isEmpty()) {
      return new Detection(
          dev.clearance.check.Coverage.MISSING,
          List.of(),
          List.of("no model card in " + dossier.subject()),
          "");
    }
    return switch (text.kind()) {
      case TEXT -> TextDetector.detect(text, card.get());
      case LICENSE -> LicenseDetector.detect(text, card.get());
      case CONTACT -> ContactDetector.detect(text, card.get(), dossier.securityContactFiles());
    };
  }

  private static String missing(RequirementRule rule, Detection detection) {
    String title = rule.requirement().title();
    String lowered = Character.toLowerCase(title.charAt(0)) + title.substring(1);
    String base =
        switch (detection.coverage()) {
          case MISSING -> title + ": nothing found";
          case PARTIAL -> title + ": only partly covered";
          case DECLARED_UNKNOWN ->
              title + ": declared unknown, which this policy does not accept here";
          case DECLARED_ABSENT ->
              title + ": declared absent, which this policy does not accept here";
          case PRESENT -> title + ": present but not accepted";
        };
    return detection.note().isEmpty() ? base : base + " (" + detection.note() + ")";
  }
}
