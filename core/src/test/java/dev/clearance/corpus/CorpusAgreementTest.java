package dev.clearance.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.check.CheckResult;
import dev.clearance.check.Checker;
import dev.clearance.check.Coverage;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.DossierReader;
import dev.clearance.evidence.BenchmarkFinder;
import dev.clearance.evidence.BenchmarkFinding;
import dev.clearance.evidence.CardView;
import dev.clearance.evidence.CategoryEvaluation;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.report.CheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks every model card of shared/corpus against labels.tsv (tier and requirement coverage) and
 * keeps the agreement at 90 % or more. Disagreements we believe are label errors are explained in
 * docs/corpus-disagreements.md, not tuned away.
 */
class CorpusAgreementTest {

  private static final double REQUIRED_AGREEMENT = 0.90;
  private static final Map<String, String> REQUIREMENT_OF_COLUMN =
      Map.ofEntries(
          Map.entry("training_data_sources", "training-data.sources"),
          Map.entry("synthetic_data_pct", "training-data.synthetic-share"),
          Map.entry("data_filtering", "training-data.filtering"),
          Map.entry("license_permitted_prohibited_uses", "license.uses"),
          Map.entry("vuln_contact", "contact.vulnerability"),
          Map.entry("compute", "compute.training"),
          Map.entry("energy", "compute.energy"),
          Map.entry("carbon", "compute.carbon"),
          Map.entry("limitations", "documentation.limitations"),
          Map.entry("intended_use", "documentation.intended-use"));
  private static final Map<String, String> CATEGORY_OF_COLUMN =
      Map.of(
          "safety_evals_toxicity", "toxicity",
          "safety_evals_bias", "bias",
          "safety_evals_factuality", "factual-accuracy");

  @TempDir Path temp;

  @Test
  void check_everyCorpusCard_agreesWithLabels() throws Exception {
    CorpusRelease corpus = new CorpusRelease();
    Policy policy = PolicyLoader.bundled("rrf-2025");
    Checker checker = new Checker(policy, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    BenchmarkFinder finder = new BenchmarkFinder(policy);
    DossierReader reader = new DossierReader(InputLimits.DEFAULT, CheckpointInspector.NONE);
    List<Label> labels = labels(corpus.corpus().resolve("labels.tsv"));
    assertThat(labels).hasSizeGreaterThanOrEqualTo(46);

    int tierCompared = 0;
    int tierAgreed = 0;
    int cellsCompared = 0;
    int cellsAgreed = 0;
    List<String> mismatches = new ArrayList<>();
    for (Label label : labels) {
      Path folder = corpus.layOut(label.card(), temp.resolve(label.card().replace(".md", "")));
      Dossier dossier = reader.read(folder);
      CheckReport report = checker.check(dossier);
      String tier = "T" + report.tier().tier().level();
      if (!label.unsure()) {
        tierCompared++;
        if (tier.equals(label.expectedTier())) {
          tierAgreed++;
        } else {
          mismatches.add(
              "%s tier: got %s, label %s; fired %s"
                  .formatted(label.card(), tier, label.expectedTier(), fired(report)));
        }
      }
      Optional<CardView> view = dossier.card().map(card -> new CardView(card, policy));
      List<BenchmarkFinding> findings = finder.find(dossier, view);
      List<CategoryEvaluation> otherEvaluations = finder.categoryEvaluations(view);
      for (var column : label.coverage().entrySet()) {
        String got = observed(column.getKey(), report, findings, otherEvaluations);
        cellsCompared++;
        if (got.equals(column.getValue())) {
          cellsAgreed++;
        } else {
          mismatches.add(
              "%s %s: got %s, label %s"
                  .formatted(label.card(), column.getKey(), got, column.getValue()));
        }
      }
    }
    double tierRate = tierAgreed / (double) tierCompared;
    double cellRate = cellsAgreed / (double) cellsCompared;
    System.out.printf(
        Locale.ROOT,
        "corpus agreement: tier %d/%d = %.1f%%, requirement coverage %d/%d = %.1f%%%n",
        tierAgreed,
        tierCompared,
        tierRate * 100,
        cellsAgreed,
        cellsCompared,
        cellRate * 100);
    mismatches.forEach(line -> System.out.println("  disagreement: " + line));
    assertThat(tierRate).as("tier agreement").isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
    assertThat(cellRate).as("requirement agreement").isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
  }

  @Test
  void read_bloomIndexAsPublished_isInputErrorNamingTheIndex() throws Exception {
    CorpusRelease corpus = new CorpusRelease();
    Path folder = corpus.layOut("bloom-176b.md", temp.resolve("bloom"));
    Files.copy(
        corpus.corpus().resolve("safetensors_index/bloom-176b.json"),
        folder.resolve("model.safetensors.index.json"));
    DossierReader reader = new DossierReader(InputLimits.DEFAULT, CheckpointInspector.NONE);

    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOfSatisfying(
            InputException.class,
            error -> {
              assertThat(error.file()).endsWith("model.safetensors.index.json");
              assertThat(error.line()).isPositive();
              assertThat(error.problem()).contains("extra data after");
            });
  }

  private static String observed(
      String column,
      CheckReport report,
      List<BenchmarkFinding> findings,
      List<CategoryEvaluation> otherEvaluations) {
    if (CATEGORY_OF_COLUMN.containsKey(column)) {
      String category = CATEGORY_OF_COLUMN.get(column);
      List<BenchmarkFinding> inCategory =
          findings.stream().filter(f -> f.benchmark().category().equals(category)).toList();
      if (inCategory.stream().anyMatch(BenchmarkFinding::scored)) {
        return "yes";
      }
      boolean otherwise =
          otherEvaluations.stream().anyMatch(evaluation -> evaluation.category().equals(category));
      return inCategory.isEmpty() && !otherwise ? "no" : "partial";
    }
    String requirement = REQUIREMENT_OF_COLUMN.get(column);
    CheckResult result =
        report.results().stream()
            .filter(r -> r.requirement().id().equals(requirement))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no result for " + requirement));
    Coverage coverage =
        switch (result) {
          case CheckResult.Passed passed -> passed.coverage();
          case CheckResult.Failed failed -> failed.coverage();
          case CheckResult.Warned warned -> Coverage.PRESENT;
          case CheckResult.NotApplicable notApplicable -> Coverage.MISSING;
        };
    return switch (coverage) {
      case PRESENT, DECLARED_ABSENT, DECLARED_UNKNOWN -> "yes";
      case PARTIAL -> "partial";
      case MISSING -> "no";
    };
  }

  private static String fired(CheckReport report) {
    return report.tier().fired().stream()
        .map(trigger -> trigger.triggerId() + " (" + trigger.explanation() + ")")
        .toList()
        .toString();
  }

  private static List<Label> labels(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split("\t", -1);
    List<Label> labels = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        labels.add(Label.parse(header, line.split("\t", -1)));
      }
    }
    return labels;
  }
}
