package dev.clearance.report;

import dev.clearance.check.CheckResult;
import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.check.Requirement;
import dev.clearance.check.Severity;
import dev.clearance.document.Source;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.tier.ReviewSuggestion;
import dev.clearance.tier.Tier;
import dev.clearance.tier.TierDecision;
import dev.clearance.tier.TriggerOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reports built by hand for the writer tests: one passing, one failing, one hostile. */
final class SampleReports {

  /** Every sample report with the name of its golden files, for parameterized tests. */
  static Stream<Arguments> all() {
    return Stream.of(
        Arguments.of("passing-t1", passingTier1()),
        Arguments.of("failing-t3", failingTier3()),
        Arguments.of("hostile", hostile()));
  }

  static final Instant CHECKED_AT = Instant.parse("2026-11-20T09:30:00Z");
  static final PolicyRef POLICY =
      new PolicyRef("rrf", "2025.1", "Responsible Release Framework 2025");

  private static final Requirement TRAINING_SOURCES =
      new Requirement("training-data.sources", "Training data sources", List.of("DOC-1"));
  private static final Requirement SYNTHETIC_SHARE =
      new Requirement("training-data.synthetic-share", "Synthetic data share", List.of("DOC-1"));
  private static final Requirement SAFETY_BENCHMARKS =
      new Requirement("safety.benchmarks", "Established safety benchmarks", List.of("DOC-2"));
  private static final Requirement LICENSE =
      new Requirement(
          "license.uses", "License with permitted and prohibited uses", List.of("DOC-3"));
  private static final Requirement CONTACT =
      new Requirement("contact.security", "Security contact", List.of("DOC-4"));
  private static final Requirement ENERGY =
      new Requirement("compute.energy", "Energy consumption", List.of("DOC-5"));
  private static final Requirement AUDIT =
      new Requirement("review.third-party-audit", "Third-party audit", List.of());

  private SampleReports() {}

  /** A small model that meets everything Tier 1 asks for. */
  static CheckReport passingTier1() {
    Source card = Source.ofFile("tiny-model/README.md");
    TierDecision decision =
        new TierDecision(
            Tier.T1,
            List.of(
                trigger(
                    "size.1b-to-70b",
                    "1B to 70B parameters",
                    Tier.T2,
                    false,
                    "22.0M parameters is below 1B.",
                    List.of()),
                trigger(
                    "capability.code",
                    "Code generation",
                    Tier.T3,
                    false,
                    "No code pipeline, tag or benchmark result.",
                    List.of())),
            Optional.of(
                new ParameterCount(
                    22_000_000L,
                    OptionalLong.empty(),
                    ParameterCount.Basis.CONFIG_ESTIMATE,
                    new Source("tiny-model/config.json", 4, "/hidden_size"),
                    "bert estimate: 6 layers of hidden size 384")),
            List.of());
    List<CheckResult> results =
        List.of(
            new CheckResult.Passed(
                TRAINING_SOURCES,
                Coverage.PRESENT,
                List.of(
                    new Evidence(
                        "datasets key",
                        "wikipedia, bookcorpus",
                        new Source("tiny-model/README.md", 5, "/datasets")))),
            new CheckResult.Passed(
                SYNTHETIC_SHARE,
                Coverage.DECLARED_ABSENT,
                List.of(
                    new Evidence(
                        "statement",
                        "No synthetic data was used.",
                        Source.ofLine("tiny-model/README.md", 31)))),
            new CheckResult.Passed(
                LICENSE,
                Coverage.PRESENT,
                List.of(
                    new Evidence(
                        "license key",
                        "apache-2.0",
                        new Source("tiny-model/README.md", 2, "/license")))),
            new CheckResult.Passed(
                ENERGY,
                Coverage.DECLARED_UNKNOWN,
                List.of(
                    new Evidence(
                        "statement",
                        "Energy was not metered because training ran on a shared cluster.",
                        card))),
            new CheckResult.NotApplicable(AUDIT, "Tier 1 does not require a third-party audit."));
    return new CheckReport(
        POLICY,
        "tiny-model",
        CHECKED_AT,
        List.of("tiny-model/README.md", "tiny-model/config.json"),
        decision,
        results);
  }

  /** A 70.55B code model with blocking gaps, a warning and a review suggestion. */
  static CheckReport failingTier3() {
    Evidence parameters =
        new Evidence(
            "total parameters",
            "70553706496",
            new Source("big-coder/config.json", 12, "/num_hidden_layers"));
    Evidence pipeline =
        new Evidence(
            "pipeline_tag",
            "text-generation",
            new Source("big-coder/README.md", 4, "/pipeline_tag"));
    Evidence codeTag = new Evidence("tag", "code", new Source("big-coder/README.md", 7, "/tags/1"));
    TierDecision decision =
        new TierDecision(
            Tier.T3,
            List.of(
                trigger(
                    "size.1b-to-70b",
                    "1B to 70B parameters",
                    Tier.T2,
                    true,
                    "70.55B parameters is at least 1B.",
                    List.of(parameters)),
                trigger(
                    "size.over-70b",
                    "More than 70B parameters",
                    Tier.T3,
                    true,
                    "70.55B parameters is more than 70B.",
                    List.of(parameters)),
                trigger(
                    "capability.code",
                    "Code generation",
                    Tier.T3,
                    true,
                    "The card declares code generation.",
                    List.of(pipeline, codeTag)),
                trigger(
                    "domain.biology",
                    "Trained on biology data",
                    Tier.T4,
                    false,
                    "No biology dataset or declaration.",
                    List.of())),
            Optional.of(
                new ParameterCount(
                    70_553_706_496L,
                    OptionalLong.empty(),
                    ParameterCount.Basis.CONFIG_ESTIMATE,
                    new Source("big-coder/config.json", 1, ""),
                    "llama estimate: 80 layers, hidden 8192, vocabulary 128256")),
            List.of(
                new ReviewSuggestion(
                    "domain.cybersecurity",
                    "Cybersecurity is mentioned in prose only; a reviewer should confirm it is not a training domain.",
                    List.of(
                        new Evidence(
                            "mention",
                            "not for offensive cybersecurity use",
                            Source.ofLine("big-coder/README.md", 88))))));
    List<CheckResult> results =
        List.of(
            new CheckResult.Passed(
                TRAINING_SOURCES,
                Coverage.PRESENT,
                List.of(
                    new Evidence(
                        "section", "Training Data", Source.ofLine("big-coder/README.md", 40)))),
            new CheckResult.Failed(
                SYNTHETIC_SHARE,
                Severity.BLOCKER,
                Coverage.MISSING,
                "The share of synthetic training data is not stated.",
                List.of(
                    "big-coder/README.md front matter",
                    "big-coder/README.md section \"Training Data\""),
                "## Training Data\n\nSynthetic data: 12% of training tokens were generated by ...\n",
                List.of()),
            new CheckResult.Failed(
                SAFETY_BENCHMARKS,
                Severity.BLOCKER,
                Coverage.PARTIAL,
                "Results for bias and factual accuracy benchmarks are missing; found 1 of 3 categories.",
                List.of("big-coder/README.md model-index", "big-coder/results_2026-01-01.json"),
                "model-index:\n  - name: big-coder\n    results:\n      - task: {type: text-generation}\n        dataset: {name: BBQ, type: heegyu/bbq}\n        metrics:\n          - {type: accuracy, value: 0.0}\n",
                List.of(
                    new Evidence(
                        "ToxiGen result",
                        "0.12",
                        new Source("big-coder/README.md", 21, "/model-index/0/results/0")))),
            new CheckResult.Warned(
                LICENSE,
                "The license key says llama3.1 but the license text names Apache-2.0.",
                List.of("big-coder/README.md front matter license", "big-coder/LICENSE"),
                "license: other\nlicense_name: llama3.1\nlicense_link: LICENSE\n",
                List.of(
                    new Evidence(
                        "license key",
                        "llama3.1",
                        new Source("big-coder/README.md", 2, "/license")),
                    new Evidence(
                        "license text",
                        "Apache License Version 2.0",
                        Source.ofLine("big-coder/LICENSE", 1)))),
            new CheckResult.Failed(
                ENERGY,
                Severity.WARNING,
                Coverage.MISSING,
                "Energy consumption is not stated.",
                List.of("big-coder/README.md co2_eq_emissions"),
                "co2_eq_emissions:\n  emissions: 0  # kg CO2eq\n  source: \"...\"\n  training_type: pre-training\n",
                List.of()),
            new CheckResult.Failed(
                CONTACT,
                Severity.INFO,
                Coverage.MISSING,
                "No security contact.",
                List.of("big-coder/SECURITY.md", "big-coder/README.md"),
                "## Security\n\nReport vulnerabilities to security@example.org.\n",
                List.of()));
    return new CheckReport(
        POLICY,
        "big-coder",
        CHECKED_AT,
        List.of(
            "big-coder/README.md",
            "big-coder/config.json",
            "big-coder/LICENSE",
            "big-coder/results_2026-01-01.json"),
        decision,
        results);
  }

  /** Card text that tries to break every format: markup, pipes, terminal escapes, bidi. */
  static CheckReport hostile() {
    String markup = "</testcase><script>alert(1)</script> | a | b |";
    String ansi = "\u001B[31mred\u001B[0m \u001B]8;;http://evil\u0007link\u001B]8;;\u0007";
    Requirement requirement =
        new Requirement("limits.uses", "Limitations " + markup, List.of("DOC-6"));
    Requirement odd = new Requirement("odd", "Back`ticks`` & \"quotes\" 'single' @team", List.of());
    Source weird = new Source("cards/we ird:#?%.md", 3, "/a~1b/c~0d");
    TierDecision decision =
        new TierDecision(
            Tier.T2,
            List.of(
                trigger(
                    "size.1b-to-70b",
                    "Size " + markup,
                    Tier.T2,
                    true,
                    "Evil " + ansi,
                    List.of(new Evidence("what " + markup, ansi, weird)))),
            Optional.empty(),
            List.of(new ReviewSuggestion("domain.x\u202Eevil", "bidi \u202Egnp.exe", List.of())));
    List<CheckResult> results =
        List.of(
            new CheckResult.Failed(
                requirement,
                Severity.BLOCKER,
                Coverage.MISSING,
                "Missing " + markup + " " + ansi + " ]]> \u0000\u0001\uD800 end",
                List.of("README.md | section <b>Limits</b>", "line\nbreak\r\nthere"),
                "```\n## Limitations\n\n| col | col |\n</failure>]]>\n" + ansi + "\n```\n",
                List.of(new Evidence("quote " + markup, "value " + markup, weird))),
            new CheckResult.Warned(
                odd,
                "*bold* _it_ [link](javascript:alert(1)) ![img](x) <img src=x onerror=alert(1)> &amp; ~~s~~",
                List.of(),
                "",
                List.of()),
            new CheckResult.NotApplicable(odd, "Reason with \u001B[2J clear screen & <tags>"));
    return new CheckReport(
        new PolicyRef("my|policy", "1<2>", "Title \u001B[1mbold"),
        "models/<evil>|dir",
        CHECKED_AT,
        List.of("cards/we ird:#?%.md"),
        decision,
        results);
  }

  private static TriggerOutcome trigger(
      String id,
      String title,
      Tier tier,
      boolean fired,
      String explanation,
      List<Evidence> evidence) {
    return new TriggerOutcome(id, title, tier, fired, explanation, evidence);
  }
}
