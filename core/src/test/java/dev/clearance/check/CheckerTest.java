package dev.clearance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.card.CardSkeleton;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.dossier.ModelIndexReader;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.report.CheckReport;
import dev.clearance.testing.TestData;
import dev.clearance.tier.SizeFacts;
import dev.clearance.tier.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CheckerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void check_completeTier1Card_passesEveryRequirement() throws Exception {
    CheckReport report = check("rrf-2025", "complete-tier1.md", 30_000_000L);

    assertThat(report.tier().tier()).isEqualTo(Tier.T1);
    assertThat(report.results()).noneMatch(result -> result instanceof CheckResult.Failed);
    assertThat(report.passed()).isTrue();
    assertThat(report.policy().toString()).isEqualTo("rrf@2025.1");
    assertThat(report.checkedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void check_energyDeclaredUnknown_passesUnder2025FailsUnder2026() throws Exception {
    CheckReport under2025 = check("rrf-2025", "energy-unknown.md", 30_000_000L);
    CheckReport under2026 = check("rrf-2026", "energy-unknown.md", 30_000_000L);

    assertThat(result(under2025, "compute.energy"))
        .isInstanceOfSatisfying(
            CheckResult.Passed.class,
            passed -> assertThat(passed.coverage()).isEqualTo(Coverage.DECLARED_UNKNOWN));
    assertThat(result(under2026, "compute.energy"))
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> {
              assertThat(failed.severity()).isEqualTo(Severity.BLOCKER);
              assertThat(failed.missing()).contains("declared unknown");
              assertThat(failed.howToFix()).contains("energy_kwh");
            });
    assertThat(under2026.policy().version()).isEqualTo("2026.1");
  }

  @Test
  void check_placeholderSections_countAsMissing() throws Exception {
    CheckReport report = check("rrf-2025", "placeholders-only.md", 30_000_000L);

    CheckResult limitations = result(report, "documentation.limitations");
    assertThat(limitations)
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> {
              assertThat(failed.coverage()).isEqualTo(Coverage.MISSING);
              assertThat(failed.whereLooked()).isNotEmpty();
              assertThat(failed.howToFix()).contains("## Limitations");
            });
    assertThat(report.passed()).isFalse();
  }

  @Test
  void check_declaredTierBelowComputed_isBlocker() throws Exception {
    CheckReport report = check("rrf-2025", "declared-tier-too-low.md", 7_000_000_000L);

    assertThat(report.tier().tier()).isEqualTo(Tier.T3);
    assertThat(result(report, "tier.declared"))
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> {
              assertThat(failed.missing()).contains("declares Tier 1").contains("Tier 3");
              assertThat(failed.evidence().get(0).source().line()).isEqualTo(3);
            });
  }

  @Test
  void check_tier1Card_doesNotAskForRedTeaming() throws Exception {
    CheckReport report = check("rrf-2025", "complete-tier1.md", 30_000_000L);

    assertThat(result(report, "red-teaming")).isInstanceOf(CheckResult.NotApplicable.class);
  }

  @Test
  void check_noCard_failsCardPresentWithInitHint() {
    Dossier empty =
        new Dossier(
            "models/empty",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.<EvalResult>of(),
            Optional.empty(),
            List.of(),
            List.of());
    CheckReport report = new Checker(policy("rrf-2025"), CLOCK).check(empty);

    assertThat(result(report, "card.present"))
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> assertThat(failed.howToFix()).contains("clearance card init models/empty"));
    assertThat(report.passed()).isFalse();
  }

  @Test
  void check_declaredSizeFarFromMeasured_flagsContradiction() throws Exception {
    ModelCard card = card("complete-tier1.md");
    SizeFacts size =
        new SizeFacts(
            Optional.of(count(1_300_000_000L, ParameterCount.Basis.CONFIG_ESTIMATE)),
            List.of(count(8_000_000_000L, ParameterCount.Basis.CARD_DECLARED)));
    CheckReport report =
        new Checker(policy("rrf-2025"), CLOCK, dossier -> size).check(dossierOf(card));

    assertThat(result(report, "consistency.parameters"))
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> {
              assertThat(failed.severity()).isEqualTo(Severity.WARNING);
              assertThat(failed.missing()).contains("8.00B").contains("1.30B");
            });
  }

  @Test
  void check_licenseKeyDisagreesWithText_flagsContradiction() throws Exception {
    CheckReport report = check("rrf-2025", "license-disagrees.md", 30_000_000L);

    assertThat(result(report, "consistency.license"))
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> {
              assertThat(failed.missing()).contains("Apache").contains("MIT");
              assertThat(failed.evidence()).extracting(e -> e.source().line()).contains(2);
            });
  }

  @Test
  void check_licenseKeyAgreesWithText_reportsNothing() throws Exception {
    CheckReport report = check("rrf-2025", "complete-tier1.md", 30_000_000L);

    assertThat(report.results())
        .noneMatch(result -> result.requirement().id().equals("consistency.license"));
  }

  @Test
  void check_freshCardSkeleton_failsEveryDocumentationRequirement() throws Exception {
    Dossier empty =
        new Dossier(
            "models/new",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.<EvalResult>of(),
            Optional.empty(),
            List.of(),
            List.of());
    String skeleton = new CardSkeleton().render(empty);
    ModelCard card = new ModelCardReader(InputLimits.DEFAULT).read("README.md", skeleton);
    SizeFacts size =
        new SizeFacts(
            Optional.of(count(30_000_000L, ParameterCount.Basis.EXACT_HEADERS)), List.of());

    CheckReport report =
        new Checker(policy("rrf-2025"), CLOCK, dossier -> size).check(dossierOf(card));

    List<String> documentation =
        policy("rrf-2025").requirements().stream().map(rule -> rule.id()).toList();
    assertThat(report.results())
        .filteredOn(result -> documentation.contains(result.requirement().id()))
        .filteredOn(result -> !(result instanceof CheckResult.NotApplicable))
        .allSatisfy(result -> assertThat(result).isInstanceOf(CheckResult.Failed.class));
  }

  @Test
  void check_unknownWithoutReason_doesNotCount() throws Exception {
    CheckReport report = check("rrf-2025", "unknown-without-reason.md", 30_000_000L);

    assertThat(result(report, "compute.energy")).isInstanceOf(CheckResult.Failed.class);
    assertThat(result(report, "compute.carbon"))
        .isInstanceOfSatisfying(
            CheckResult.Failed.class,
            failed -> assertThat(failed.coverage()).isEqualTo(Coverage.MISSING));
  }

  @Test
  void check_percentageBesideNoneInAnotherStage_isPresent() throws Exception {
    CheckReport report = check("rrf-2025", "percentage-and-none.md", 30_000_000L);

    assertThat(result(report, "training-data.synthetic-share"))
        .isInstanceOfSatisfying(
            CheckResult.Passed.class,
            passed -> assertThat(passed.coverage()).isEqualTo(Coverage.PRESENT));
  }

  private static CheckReport check(String policyName, String cardFile, long parameters)
      throws Exception {
    SizeFacts size =
        new SizeFacts(
            Optional.of(count(parameters, ParameterCount.Basis.EXACT_HEADERS)), List.of());
    return new Checker(policy(policyName), CLOCK, dossier -> size).check(dossierOf(card(cardFile)));
  }

  /** A dossier of the card alone, with the results of its model-index. */
  private static Dossier dossierOf(ModelCard card) throws Exception {
    return Dossier.ofCard(card, ModelIndexReader.read(card.metadata()));
  }

  private static ParameterCount count(long total, ParameterCount.Basis basis) {
    return new ParameterCount(total, OptionalLong.empty(), basis, Source.ofFile("x"), "fixture");
  }

  private static CheckResult result(CheckReport report, String id) {
    return report.results().stream()
        .filter(result -> result.requirement().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result " + id));
  }

  private static Policy policy(String name) {
    try {
      return PolicyLoader.bundled(name);
    } catch (Exception broken) {
      throw new AssertionError(broken);
    }
  }

  private static ModelCard card(String name) throws Exception {
    return new ModelCardReader(InputLimits.DEFAULT)
        .read(name, TestData.text(CheckerTest.class, name));
  }
}
