package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.check.Coverage;
import dev.clearance.check.Severity;
import dev.clearance.document.InputException;
import dev.clearance.testing.TestData;
import dev.clearance.tier.Tier;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyLoaderTest {

  @Test
  void bundled_rrf2025_hasFrameworkDefaults() throws InputException {
    Policy policy = PolicyLoader.bundled("rrf-2025");

    assertThat(policy.ref().toString()).isEqualTo("rrf@2025.1");
    assertThat(policy.tier(Tier.T3).reviewWindowDays()).isEqualTo(30);
    assertThat(policy.tier(Tier.T4).reviewWindowDays()).isEqualTo(90);
    assertThat(policy.tier(Tier.T1).reviewWindowDays()).isZero();
    TriggerRule.Parameters over70 =
        (TriggerRule.Parameters)
            policy.triggers().stream()
                .filter(rule -> rule.id().equals("size.over-70b"))
                .findFirst()
                .orElseThrow();
    assertThat(over70.threshold()).isEqualTo(70_000_000_000L);
    assertThat(over70.strictlyGreater()).isTrue();
    assertThat(policy.benchmarks())
        .extracting(Benchmark::category)
        .contains("toxicity", "bias", "factual-accuracy");
  }

  @Test
  void bundled_everyName_loads() throws InputException {
    for (String name : PolicyLoader.bundledNames()) {
      assertThat(PolicyLoader.bundled(name).document().entries()).containsKey("requirements");
    }
  }

  @Test
  void bundled_unknownName_namesTheChoices() {
    assertThatThrownBy(() -> PolicyLoader.bundled("rrf-1999"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no bundled policy named 'rrf-1999'")
        .extracting(error -> ((InputException) error).hint())
        .asString()
        .contains("rrf-2025");
  }

  @Test
  void parse_minimal_readsEveryPart() throws Exception {
    Policy policy = PolicyLoader.parse("minimal.yaml", resource("minimal.yaml"));

    assertThat(policy.requirements()).hasSize(1);
    RequirementRule rule = policy.requirements().get(0);
    assertThat(rule.severityAt(Tier.T1)).contains(Severity.BLOCKER);
    assertThat(rule.severityAt(Tier.T2)).isEmpty();
    assertThat(rule.accepts()).containsExactly(Coverage.PRESENT);
    assertThat(((DetectorRule.Text) rule.detector()).sectionOnly()).isEqualTo(Coverage.PRESENT);
    assertThat(policy.consistencySeverity("parameter-disagreement")).isEqualTo(Severity.WARNING);
  }

  @Test
  void bundled_rrf2025_definesTheReviewProcess() throws InputException {
    ReviewRules review = PolicyLoader.bundled("rrf-2025").review();

    assertThat(review.findings().categories())
        .contains("toxicity", "bias", "factual-accuracy", "privacy", "security");
    assertThat(review.findings().severities())
        .extracting(FindingSeverity::id)
        .containsExactly("low", "medium", "high", "critical");
    assertThat(review.findings().severity("critical").orElseThrow().responseDays())
        .isLessThan(review.findings().severity("low").orElseThrow().responseDays());
    assertThat(review.findings().field("reproduction").orElseThrow().required()).isTrue();
    assertThat(review.rollout())
        .extracting(RolloutStage::id)
        .containsExactly("research", "limited", "general");
    assertThat(review.stageAfter("research").orElseThrow().id()).isEqualTo("limited");
    assertThat(review.stageAfter("general")).isEmpty();
    assertThat(review.stageBefore("limited").orElseThrow().id()).isEqualTo("research");
    assertThat(review.stageBefore("research")).isEmpty();
  }

  @Test
  void bundled_policies_defineTheIncidentPlaybook() throws InputException {
    for (String bundled : List.of("rrf-2025", "rrf-2026")) {
      IncidentRules incidents = PolicyLoader.bundled(bundled).incidents();

      assertThat(incidents.kindIds()).as(bundled).containsExactly("harm", "output-dispute");
      assertThat(incidents.severityIds())
          .as(bundled)
          .containsExactly("low", "medium", "high", "critical");
      IncidentSeverity critical = incidents.severity("critical").orElseThrow();
      IncidentSeverity low = incidents.severity("low").orElseThrow();
      assertThat(critical.acknowledgeWithin()).isLessThan(low.acknowledgeWithin());
      assertThat(critical.resolveWithin()).isLessThan(low.resolveWithin());
      assertThat(critical.escalate()).isTrue();
      assertThat(low.escalate()).isFalse();
      assertThat(incidents.severity("urgent")).isEmpty();
    }
  }

  @Test
  void parse_minimal_readsTheIncidentPlaybook() throws Exception {
    IncidentRules incidents =
        PolicyLoader.parse("minimal.yaml", resource("minimal.yaml")).incidents();

    assertThat(incidents.kind("harm").orElseThrow().title()).isEqualTo("Harm");
    IncidentSeverity low = incidents.severity("low").orElseThrow();
    assertThat(low.acknowledgeHours()).isEqualTo(24);
    assertThat(low.resolveDays()).isEqualTo(10);
    assertThat(low.escalate()).isFalse();
  }

  static Stream<Arguments> invalidPolicies() throws IOException {
    return resource("invalid/expected-errors.tsv")
        .lines()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", 2))
        .map(parts -> Arguments.of(parts[0], parts[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPolicies")
  void parse_invalidPolicy_refusedWithLineAndReason(String name, String expected) throws Exception {
    String file = "invalid/" + name + ".yaml";
    String text = resource(file);

    assertThatThrownBy(() -> PolicyLoader.parse(file, text))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(expected)
        .satisfies(
            error -> {
              InputException input = (InputException) error;
              assertThat(input.file()).isEqualTo(file);
              assertThat(input.line()).isPositive();
              assertThat(input.hint()).contains("docs/policy.md");
            });
  }

  @Test
  void parse_unknownKey_pointsAtItsLine() throws Exception {
    String text = resource("invalid/unknown-key.yaml");
    int expectedLine = lineOf(text, "sevrity");

    assertThatThrownBy(() -> PolicyLoader.parse("p.yaml", text))
        .isInstanceOfSatisfying(
            InputException.class, error -> assertThat(error.line()).isEqualTo(expectedLine));
  }

  @Test
  void parse_badRegex_pointsAtItsLine() throws Exception {
    String text = resource("invalid/bad-regex.yaml");
    int expectedLine = lineOf(text, "limitations(");

    assertThatThrownBy(() -> PolicyLoader.parse("p.yaml", text))
        .isInstanceOfSatisfying(
            InputException.class, error -> assertThat(error.line()).isEqualTo(expectedLine));
  }

  @Test
  void diff_2025to2026_listsTheChangedRequirements() throws InputException {
    List<PolicyChange> changes =
        PolicyDiff.diff(PolicyLoader.bundled("rrf-2025"), PolicyLoader.bundled("rrf-2026"));

    assertThat(changes)
        .extracting(PolicyChange::describe)
        .contains(
            "~ version: 2025.1 -> 2026.1",
            "~ requirements[compute.energy].accepts: [present, declared_unknown] -> [present]",
            "+ requirements[documentation.incident-response]: (added)");
  }

  @Test
  void diff_samePolicy_isEmpty() throws InputException {
    assertThat(PolicyDiff.diff(PolicyLoader.bundled("rrf-2025"), PolicyLoader.bundled("rrf-2025")))
        .isEmpty();
  }

  @Test
  void show_rrf2025_namesVersionWindowsAndBenchmarks() throws InputException {
    String text = PolicyText.show(PolicyLoader.bundled("rrf-2025"));

    assertThat(text)
        .contains("version: 2025.1")
        .contains("Tier 3 — Frontier (review window 30 days)")
        .contains("Tier 4 — Sensitive (review window 90 days)")
        .contains("toxicity: RealToxicityPrompts, ToxiGen");
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in text");
  }

  static String resource(String name) {
    return TestData.text(PolicyLoaderTest.class, name);
  }
}
