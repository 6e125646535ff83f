package dev.clearance.check;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.evidence.CardView;
import dev.clearance.policy.Policy;
import dev.clearance.tier.ReviewSuggestion;
import dev.clearance.tier.SizeFacts;
import dev.clearance.tier.Tier;
import dev.clearance.tier.TierDecider;
import dev.clearance.tier.TierDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that every dossier gets whatever its tier: a card exists, a declared tier is not below the
 * computed one, declared and measured sizes agree. Severities come from the policy's {@code
 * consistency} block.
 */
final class ConsistencyChecks {

  static final Requirement CARD =
      new Requirement("card.present", "A model card is present", List.of("DOC-8"));
  static final Requirement DECLARED_TIER =
      new Requirement(
          "tier.declared", "Declared tier is not below the computed tier", List.of("POL-3"));
  static final Requirement PARAMETERS =
      new Requirement(
          "consistency.parameters",
          "Declared and measured parameter counts agree",
          List.of("POL-2", "ART-1"));
  static final Requirement LICENSE =
      new Requirement(
          "consistency.license",
          "License key and license text name the same license",
          List.of("DOC-3"));
  static final Requirement REVIEW =
      new Requirement(
          "tier.review-suggested", "Signals that deserve a tier review", List.of("POL-2"));

  private final Policy policy;

  ConsistencyChecks(Policy policy) {
    this.policy = policy;
  }

  CheckResult cardPresent(Dossier dossier) {
    if (dossier.card().isPresent()) {
      ModelCardEvidence card = new ModelCardEvidence(dossier.card().get().file());
      return new CheckResult.Passed(CARD, Coverage.PRESENT, List.of(card.evidence()));
    }
    return new CheckResult.Failed(
        CARD,
        policy.consistencySeverity("card-missing"),
        Coverage.MISSING,
        "No model card found in " + dossier.subject(),
        List.of(
            dossier.subject()
                + ": README.md, MODEL_CARD.md, model_card.md, model-card.md,"
                + " a CycloneDX BOM (bom.json, *.cdx.json)"),
        "Create one with `clearance card init "
            + dossier.subject()
            + "` and fill in every section.",
        List.of());
  }

  CheckResult declaredTier(Optional<CardView> card, TierDecision decision) {
    Optional<Node.Scalar> declared = TierDecider.declaredTier(card);
    if (declared.isEmpty()) {
      return new CheckResult.NotApplicable(
          DECLARED_TIER, "the card declares no tier (front matter rrf.tier)");
    }
    Node.Scalar scalar = declared.get();
    Evidence evidence = new Evidence("declared tier (rrf.tier)", scalar.text(), scalar.source());
    Optional<Tier> tier = parseTier(scalar.text());
    if (tier.isEmpty()) {
      return new CheckResult.Failed(
          DECLARED_TIER,
          policy.consistencySeverity("declared-tier-below"),
          Coverage.PARTIAL,
          "rrf.tier '%s' is not a tier 1 to 4".formatted(scalar.text()),
          List.of(scalar.source().toString()),
          "rrf:\n  tier: " + decision.tier().level(),
          List.of(evidence));
    }
    if (tier.get().level() < decision.tier().level()) {
      return new CheckResult.Failed(
          DECLARED_TIER,
          policy.consistencySeverity("declared-tier-below"),
          Coverage.PRESENT,
          "The card declares %s but the policy computes %s".formatted(tier.get(), decision.tier()),
          List.of(scalar.source().toString()),
          "Declare the computed tier and meet its obligations:\nrrf:\n  tier: "
              + decision.tier().level(),
          List.of(evidence));
    }
    return new CheckResult.Passed(DECLARED_TIER, Coverage.PRESENT, List.of(evidence));
  }

  List<CheckResult> parameterAgreement(SizeFacts size) {
    Optional<ParameterCount> measured = size.measured();
    Optional<ParameterCount> declared = size.largestDeclared();
    if (measured.isEmpty() || declared.isEmpty() || size.declared().size() > 1) {
      return List.of();
    }
    double ratio =
        Math.abs(declared.get().total() - measured.get().total())
            / (double) Math.max(1, measured.get().total());
    List<Evidence> evidence =
        List.of(
            new Evidence(
                "declared in the card", declared.get().humanTotal(), declared.get().source()),
            new Evidence(
                "measured ("
                    + measured.get().basis().name().toLowerCase(java.util.Locale.ROOT)
                    + ")",
                measured.get().humanTotal(),
                measured.get().source()));
    if (ratio <= policy.parameterDisagreement()) {
      return List.of(new CheckResult.Passed(PARAMETERS, Coverage.PRESENT, evidence));
    }
    return List.of(
        new CheckResult.Failed(
            PARAMETERS,
            policy.consistencySeverity("parameter-disagreement"),
            Coverage.PRESENT,
            "The card declares %s parameters but %s were %s (%.0f%% apart, more than %.0f%%)"
                .formatted(
                    declared.get().humanTotal(),
                    measured.get().humanTotal(),
                    measured.get().basis().exact() ? "counted" : "estimated",
                    ratio * 100,
                    policy.parameterDisagreement() * 100),
            List.of(declared.get().source().toString(), measured.get().source().toString()),
            "Correct the size stated in the card (" + declared.get().source() + ").",
            evidence));
  }

  List<CheckResult> licenseAgreement(Optional<CardView> card) {
    Optional<LicenseAgreement.Contradiction> found = card.flatMap(LicenseAgreement::find);
    if (found.isEmpty()) {
      return List.of();
    }
    LicenseAgreement.Contradiction contradiction = found.get();
    List<Evidence> evidence =
        List.of(
            new Evidence(
                "front matter 'license'", contradiction.key().text(), contradiction.key().source()),
            new Evidence(
                "license text in " + contradiction.section().title(),
                contradiction.line(),
                contradiction.section().section().source()));
    return List.of(
        new CheckResult.Failed(
            LICENSE,
            policy.consistencySeverity("license-disagreement"),
            Coverage.PRESENT,
            "The license key names a %s license but the license section names %s"
                .formatted(contradiction.keyFamily(), contradiction.textFamily()),
            evidence.stream().map(e -> e.source().toString()).toList(),
            "Make the front-matter 'license' key and the license section name the same license.",
            evidence));
  }

  List<CheckResult> reviewSuggestions(TierDecision decision) {
    List<CheckResult> results = new ArrayList<>();
    for (ReviewSuggestion suggestion : decision.reviewSuggestions()) {
      results.add(
          new CheckResult.Warned(
              new Requirement(
                  REVIEW.id() + "." + suggestion.triggerId(), REVIEW.title(), REVIEW.specRefs()),
              suggestion.message(),
              suggestion.evidence().stream().map(e -> e.source().toString()).toList(),
              "If it applies, declare it in the front matter:\nrrf:\n  triggers: ["
                  + suggestion.triggerId()
                  + "]\nIf not, no change is needed; a steward may confirm.",
              suggestion.evidence()));
    }
    return results;
  }

  private static Optional<Tier> parseTier(String text) {
    String digits = text.strip().replaceFirst("(?i)^(tier\\s*|t)", "");
    try {
      return Optional.of(Tier.of(Integer.parseInt(digits)));
    } catch (IllegalArgumentException notATier) {
      return Optional.empty();
    }
  }

  /** Evidence that names the card file. */
  private record ModelCardEvidence(String file) {
    Evidence evidence() {
      return new Evidence("model card", file, Source.ofFile(file));
    }
  }
}
