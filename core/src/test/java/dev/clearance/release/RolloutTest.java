package dev.clearance.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.document.InputException;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.policy.RolloutStage;
import dev.clearance.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolloutTest {

  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  private static Rollout bundled() throws InputException {
    return Rollout.of(PolicyLoader.bundled("rrf-2025"));
  }

  private static ReleaseFacts facts(int unanswered, int contested, boolean attested) {
    return facts(Tier.T3, unanswered, contested, attested);
  }

  private static ReleaseFacts facts(Tier tier, int unanswered, int contested, boolean attested) {
    return new ReleaseFacts(
        ReleaseState.STAGED,
        tier,
        true,
        false,
        Optional.empty(),
        unanswered,
        contested,
        attested,
        true,
        false,
        false);
  }

  @Test
  void stages_bundledPolicy_researchLimitedGeneral() throws InputException {
    Rollout rollout = bundled();

    assertThat(rollout.first().id()).isEqualTo("research");
    assertThat(rollout.next("research").orElseThrow().id()).isEqualTo("limited");
    assertThat(rollout.previous("limited").orElseThrow().id()).isEqualTo("research");
    assertThat(rollout.previous("research")).isEmpty();
    assertThat(rollout.generalAvailability().id()).isEqualTo("general");
    assertThat(rollout.next("general")).isEmpty();
  }

  @Test
  void blockers_beforeMinimumDuration_nameTheEarliestTime() throws InputException {
    Rollout rollout = bundled();
    RolloutPosition research = new RolloutPosition("research", START);
    RolloutStage limited = rollout.next("research").orElseThrow();

    List<String> day13 =
        rollout.blockers(
            Optional.of(research), limited, facts(0, 0, true), START.plus(Duration.ofDays(13)));
    List<String> day14 =
        rollout.blockers(
            Optional.of(research), limited, facts(0, 0, true), START.plus(Duration.ofDays(14)));

    assertThat(day13).singleElement().asString().contains("14 days").contains("2026-03-15");
    assertThat(day14).isEmpty();
  }

  @Test
  void blockers_entryCriteria_findingsAndAttestation() throws InputException {
    Rollout rollout = bundled();

    List<String> first =
        rollout.blockers(Optional.empty(), rollout.first(), facts(2, 1, false), START);

    assertThat(first).hasSize(2);
    assertThat(first.get(0)).contains("2 unanswered, 1 contested");
    assertThat(first.get(1)).contains("audit attestation");
  }

  @Test
  void blockers_tierWithoutAudit_needsNoAttestation() throws InputException {
    Rollout rollout = bundled();

    assertThat(
            rollout.blockers(Optional.empty(), rollout.first(), facts(Tier.T2, 0, 0, false), START))
        .isEmpty();
    assertThat(
            rollout.blockers(Optional.empty(), rollout.first(), facts(Tier.T4, 0, 0, false), START))
        .singleElement()
        .asString()
        .contains("audit attestation");
  }

  @Test
  void complete_onlyFromTheLastStageBeforeGeneralAvailability() throws InputException {
    Rollout rollout = bundled();
    Instant later = START.plus(Duration.ofDays(60));

    assertThat(rollout.complete(new RolloutPosition("research", START), facts(0, 0, true), later))
        .isFalse();
    assertThat(rollout.complete(new RolloutPosition("limited", START), facts(0, 0, true), later))
        .isTrue();
    assertThat(rollout.complete(new RolloutPosition("limited", START), facts(1, 0, true), later))
        .isFalse();
    assertThat(
            rollout.complete(
                new RolloutPosition("limited", START),
                facts(0, 0, true),
                START.plus(Duration.ofDays(29))))
        .isFalse();
  }

  @Test
  void complete_singleStagePolicy_generalAvailabilityAlone() {
    Rollout rollout =
        new Rollout(List.of(new RolloutStage("general", "GA", "everyone", 0, List.of())), Set.of());

    assertThat(rollout.complete(new RolloutPosition("general", START), facts(0, 0, false), START))
        .isTrue();
  }

  @Test
  void next_unknownStage_namesTheKnownOnes() throws InputException {
    Rollout rollout = bundled();

    assertThatThrownBy(() -> rollout.next("beta"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("research, limited, general");
  }
}
