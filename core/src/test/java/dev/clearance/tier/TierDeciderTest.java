package dev.clearance.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.evidence.CardView;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.testing.TestData;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TierDeciderTest {

  private static Policy policy;

  @BeforeAll
  static void loadPolicy() throws Exception {
    policy = PolicyLoader.bundled("rrf-2025");
  }

  @Test
  void decide_smallClassifier_isTier1WithEveryTriggerExplained() throws Exception {
    TierDecision decision = decide("small-classifier.md", exact(30_000_000L));

    assertThat(decision.tier()).isEqualTo(Tier.T1);
    assertThat(decision.triggers()).hasSize(policy.triggers().size());
    assertThat(decision.triggers()).noneMatch(TriggerOutcome::fired);
    assertThat(decision.triggers()).allSatisfy(t -> assertThat(t.explanation()).isNotBlank());
  }

  @Test
  void decide_exactly70B_isTier2() throws Exception {
    TierDecision decision = decide("small-classifier.md", exact(70_000_000_000L));

    assertThat(decision.tier()).isEqualTo(Tier.T2);
    assertThat(outcome(decision, "size.1b").fired()).isTrue();
    assertThat(outcome(decision, "size.over-70b").fired()).isFalse();
  }

  @Test
  void decide_llama70BExactCount_isTier3() throws Exception {
    TierDecision decision = decide("small-classifier.md", exact(70_553_706_496L));

    assertThat(decision.tier()).isEqualTo(Tier.T3);
    assertThat(outcome(decision, "size.over-70b").explanation()).contains("70.55B");
    assertThat(outcome(decision, "size.over-70b").evidence())
        .extracting(e -> e.source().file())
        .contains("model.safetensors");
  }

  @Test
  void decide_familyCard_isTieredByLargestMember() throws Exception {
    SizeFacts size =
        new SizeFacts(
            Optional.of(count(8_030_261_248L, ParameterCount.Basis.EXACT_HEADERS)),
            List.of(
                count(8_000_000_000L, ParameterCount.Basis.CARD_DECLARED),
                count(405_000_000_000L, ParameterCount.Basis.CARD_DECLARED)));

    TierDecision decision = decide("family-405b.md", size);

    assertThat(decision.tier()).isEqualTo(Tier.T3);
    assertThat(decision.parameters()).map(ParameterCount::total).contains(405_000_000_000L);
  }

  @Test
  void decide_codeDeclaredAsOutput_firesCodeGeneration() throws Exception {
    TierDecision decision = decide("code-output.md", exact(8_000_000_000L));

    TriggerOutcome code = outcome(decision, "capability.code-generation");
    assertThat(code.fired()).isTrue();
    assertThat(code.evidence().get(0).source().line()).isEqualTo(5);
    assertThat(decision.tier()).isEqualTo(Tier.T3);
  }

  @Test
  void decide_codeOnlyInTrainingData_doesNotFire() throws Exception {
    TierDecision decision = decide("code-in-training-data-only.md", exact(7_000_000_000L));

    assertThat(outcome(decision, "capability.code-generation").fired()).isFalse();
    assertThat(decision.tier()).isEqualTo(Tier.T2);
  }

  @Test
  void decide_speechRecognitionPipeline_isMultimodal() throws Exception {
    TierDecision decision = decide("speech-recognition.md", exact(244_000_000L));

    assertThat(outcome(decision, "capability.multimodal").fired()).isTrue();
    assertThat(decision.tier()).isEqualTo(Tier.T3);
  }

  @Test
  void decide_proteinDataset_isTier4() throws Exception {
    TierDecision decision = decide("biology-dataset.md", exact(420_000_000L));

    assertThat(outcome(decision, "domain.biology").fired()).isTrue();
    assertThat(outcome(decision, "domain.biology").evidence().get(0).what()).contains("dataset");
    assertThat(decision.tier()).isEqualTo(Tier.T4);
  }

  @Test
  void decide_biologyOnlyInOutOfScope_suggestsReviewWithoutRaisingTier() throws Exception {
    TierDecision decision = decide("biology-mentioned-out-of-scope.md", exact(3_000_000_000L));

    assertThat(decision.tier()).isEqualTo(Tier.T2);
    assertThat(decision.reviewSuggestions())
        .extracting(ReviewSuggestion::triggerId)
        .contains("domain.biology");
  }

  @Test
  void decide_noCount_sizeTriggersSayWhatIsMissing() throws Exception {
    TierDecision decision = decide("small-classifier.md", SizeFacts.none());

    assertThat(outcome(decision, "size.1b").explanation()).contains("no parameter count found");
    assertThat(decision.parameters()).isEmpty();
  }

  private static TierDecision decide(String cardFile, SizeFacts size) throws Exception {
    ModelCard card = new ModelCardReader(InputLimits.DEFAULT).read(cardFile, resource(cardFile));
    Dossier dossier = Dossier.ofCard(card, List.of());
    return new TierDecider(policy)
        .decide(dossier, Optional.of(new CardView(card, policy)), size, List.of());
  }

  private static SizeFacts exact(long total) {
    return new SizeFacts(Optional.of(count(total, ParameterCount.Basis.EXACT_HEADERS)), List.of());
  }

  private static ParameterCount count(long total, ParameterCount.Basis basis) {
    return new ParameterCount(
        total, OptionalLong.empty(), basis, Source.ofFile("model.safetensors"), "test fixture");
  }

  private static TriggerOutcome outcome(TierDecision decision, String id) {
    return decision.triggers().stream()
        .filter(trigger -> trigger.triggerId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static String resource(String name) {
    return TestData.text(TierDeciderTest.class, name);
  }
}
