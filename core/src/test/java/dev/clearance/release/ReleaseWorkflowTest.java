package dev.clearance.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.policy.PolicyLoader;
import dev.clearance.release.TransitionOutcome.Allowed;
import dev.clearance.release.TransitionOutcome.Refused;
import dev.clearance.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReleaseWorkflowTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static ReleaseWorkflow workflow;

  @BeforeAll
  static void loadPolicy() throws Exception {
    workflow = new ReleaseWorkflow(PolicyLoader.bundled(PolicyLoader.DEFAULT));
  }

  private static ReleaseFacts facts(ReleaseState state, Tier tier) {
    return new ReleaseFacts(
        state, tier, true, false, Optional.empty(), 0, 0, false, true, false, false);
  }

  private static ReleaseFacts withWindow(ReleaseFacts facts, ReviewWindow window) {
    return new ReleaseFacts(
        facts.state(),
        facts.tier(),
        facts.checksPassed(),
        facts.checksWaived(),
        Optional.of(window),
        facts.unansweredFindings(),
        facts.contestedResponses(),
        facts.auditAttested(),
        facts.manifestSigned(),
        facts.rolloutComplete(),
        facts.earlierReleaseExists());
  }

  private static Refused refused(TransitionOutcome outcome) {
    assertThat(outcome).isInstanceOf(Refused.class);
    return (Refused) outcome;
  }

  @Test
  void decide_submitDraftWithPassingChecks_movesToSubmitted() {
    TransitionOutcome outcome =
        workflow.decide(ReleaseAction.SUBMIT, facts(ReleaseState.DRAFT, Tier.T2), null, NOW);

    assertThat(outcome).isEqualTo(new Allowed(ReleaseState.SUBMITTED, Optional.empty()));
  }

  @Test
  void decide_submitWithFailedChecks_refusedWithChecksGuard() {
    ReleaseFacts failing =
        new ReleaseFacts(
            ReleaseState.DRAFT,
            Tier.T2,
            false,
            false,
            Optional.empty(),
            0,
            0,
            false,
            true,
            false,
            false);

    Refused refused = refused(workflow.decide(ReleaseAction.SUBMIT, failing, null, NOW));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.CHECKS_PASS);
    assertThat(refused.failures().get(0).hint()).contains("waiver");
  }

  @Test
  void decide_submitWithFailedChecksWaived_allowed() {
    ReleaseFacts waived =
        new ReleaseFacts(
            ReleaseState.DRAFT,
            Tier.T2,
            false,
            true,
            Optional.empty(),
            0,
            0,
            false,
            true,
            false,
            false);

    assertThat(workflow.decide(ReleaseAction.SUBMIT, waived, null, NOW))
        .isInstanceOf(Allowed.class);
  }

  @Test
  void decide_releaseFromDraft_refusedNamingAllowedStates() {
    Refused refused =
        refused(
            workflow.decide(ReleaseAction.RELEASE, facts(ReleaseState.DRAFT, Tier.T1), null, NOW));

    assertThat(refused.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.guard()).isEqualTo(Guard.STATE);
              assertThat(failure.message()).contains("draft").contains("approved, staged");
            });
  }

  @Test
  void decide_startReviewOnTier3_startsThirtyDayWindowAtServerTime() {
    TransitionOutcome outcome =
        workflow.decide(
            ReleaseAction.START_REVIEW, facts(ReleaseState.SUBMITTED, Tier.T3), null, NOW);

    assertThat(outcome)
        .isEqualTo(
            new Allowed(
                ReleaseState.IN_REVIEW,
                Optional.of(new ReviewWindow(NOW, NOW.plus(Duration.ofDays(30))))));
  }

  @Test
  void decide_startReviewOnTier4_startsNinetyDayWindow() {
    Allowed allowed =
        (Allowed)
            workflow.decide(
                ReleaseAction.START_REVIEW, facts(ReleaseState.SUBMITTED, Tier.T4), null, NOW);

    assertThat(allowed.startedWindow().orElseThrow().end())
        .isEqualTo(NOW.plus(Duration.ofDays(90)));
  }

  @Test
  void decide_approveTier3BeforeWindowEnds_refusedWithWindowEnd() {
    ReleaseFacts inReview =
        withWindow(facts(ReleaseState.IN_REVIEW, Tier.T3), ReviewWindow.starting(NOW, 30));

    Refused refused =
        refused(
            workflow.decide(ReleaseAction.APPROVE, inReview, null, NOW.plus(Duration.ofDays(29))));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.REVIEW_WINDOW_ELAPSED, Guard.AUDIT_ATTESTATION);
    assertThat(refused.failures().get(0).message()).contains("2026-12-27T10:00:00Z");
  }

  @Test
  void decide_approveTier3AfterWindowWithAttestation_allowed() {
    ReleaseFacts base =
        new ReleaseFacts(
            ReleaseState.AWAITING_RESPONSES,
            Tier.T3,
            true,
            false,
            Optional.empty(),
            0,
            0,
            true,
            true,
            false,
            false);
    ReleaseFacts inReview = withWindow(base, ReviewWindow.starting(NOW, 30));

    TransitionOutcome outcome =
        workflow.decide(ReleaseAction.APPROVE, inReview, null, NOW.plus(Duration.ofDays(30)));

    assertThat(outcome).isEqualTo(new Allowed(ReleaseState.APPROVED, Optional.empty()));
  }

  @Test
  void decide_approveWithWindowShorterThanRaisedTier_usesLongerWindow() {
    ReleaseFacts base =
        new ReleaseFacts(
            ReleaseState.IN_REVIEW,
            Tier.T4,
            true,
            false,
            Optional.empty(),
            0,
            0,
            true,
            true,
            false,
            false);
    ReleaseFacts startedAsTier3 = withWindow(base, ReviewWindow.starting(NOW, 30));

    Refused refused =
        refused(
            workflow.decide(
                ReleaseAction.APPROVE, startedAsTier3, null, NOW.plus(Duration.ofDays(60))));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.REVIEW_WINDOW_ELAPSED);
    assertThat(refused.failures().get(0).message()).contains("90 days");
  }

  @Test
  void reviewWindow_tierRoseSinceStart_endsWithTheLongerWindow() {
    ReleaseFacts tier4 = facts(ReleaseState.IN_REVIEW, Tier.T4);
    ReleaseFacts startedAsTier3 = withWindow(tier4, ReviewWindow.starting(NOW, 30));
    ReleaseFacts startedAsTier4 = withWindow(tier4, ReviewWindow.starting(NOW, 90));

    assertThat(workflow.reviewWindow(startedAsTier3))
        .contains(ReviewWindow.starting(NOW, 90))
        .isEqualTo(workflow.reviewWindow(startedAsTier4));
    assertThat(workflow.reviewWindow(tier4)).isEmpty();
  }

  @Test
  void auditRequired_byTheDefaultPolicy_forTiers3And4Only() {
    assertThat(workflow.auditRequired(Tier.T1)).isFalse();
    assertThat(workflow.auditRequired(Tier.T2)).isFalse();
    assertThat(workflow.auditRequired(Tier.T3)).isTrue();
    assertThat(workflow.auditRequired(Tier.T4)).isTrue();
  }

  @Test
  void reviewWindow_tierFellSinceStart_keepsTheStartedWindow() {
    ReleaseFacts tier3 = facts(ReleaseState.IN_REVIEW, Tier.T3);
    ReleaseFacts startedAsTier4 = withWindow(tier3, ReviewWindow.starting(NOW, 90));

    assertThat(workflow.reviewWindow(startedAsTier4)).contains(ReviewWindow.starting(NOW, 90));
  }

  @Test
  void decide_approveWithOpenAndContestedFindings_listsBothGuards() {
    ReleaseFacts base =
        new ReleaseFacts(
            ReleaseState.AWAITING_RESPONSES,
            Tier.T2,
            true,
            false,
            Optional.empty(),
            2,
            1,
            false,
            true,
            false,
            false);
    ReleaseFacts awaiting = withWindow(base, ReviewWindow.starting(NOW, 0));

    Refused refused = refused(workflow.decide(ReleaseAction.APPROVE, awaiting, null, NOW));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.FINDINGS_ANSWERED, Guard.NO_CONTESTED_RESPONSES);
    assertThat(refused.failures().get(0).message()).startsWith("2 finding(s)");
  }

  @Test
  void decide_releaseTier3StraightFromApproved_refusedForStagedRollout() {
    ReleaseFacts approved =
        withWindow(facts(ReleaseState.APPROVED, Tier.T3), ReviewWindow.starting(NOW, 30));

    Refused refused =
        refused(
            workflow.decide(ReleaseAction.RELEASE, approved, null, NOW.plus(Duration.ofDays(31))));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.STAGED_ROLLOUT);
  }

  @Test
  void decide_releaseTier2FromApproved_allowed() {
    ReleaseFacts approved =
        withWindow(facts(ReleaseState.APPROVED, Tier.T2), ReviewWindow.starting(NOW, 0));

    assertThat(workflow.decide(ReleaseAction.RELEASE, approved, null, NOW))
        .isEqualTo(new Allowed(ReleaseState.RELEASED, Optional.empty()));
  }

  @Test
  void decide_releaseWithoutSignedManifest_refused() {
    ReleaseFacts unsigned =
        new ReleaseFacts(
            ReleaseState.APPROVED,
            Tier.T1,
            true,
            false,
            Optional.of(ReviewWindow.starting(NOW, 0)),
            0,
            0,
            false,
            false,
            false,
            false);

    Refused refused = refused(workflow.decide(ReleaseAction.RELEASE, unsigned, null, NOW));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.SIGNED_MANIFEST);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReleaseAction.class,
      names = {"DEPRECATE", "RETRACT", "REVERT"})
  void decide_lifecycleActionWithoutReason_refusedForReason(ReleaseAction action) {
    ReleaseFacts released =
        new ReleaseFacts(
            ReleaseState.RELEASED,
            Tier.T2,
            true,
            false,
            Optional.empty(),
            0,
            0,
            false,
            true,
            false,
            true);

    Refused refused = refused(workflow.decide(action, released, "  ", NOW));

    assertThat(refused.failures()).extracting(GuardFailure::guard).containsExactly(Guard.REASON);
  }

  @Test
  void decide_revertWithoutEarlierRelease_refused() {
    Refused refused =
        refused(
            workflow.decide(
                ReleaseAction.REVERT, facts(ReleaseState.RELEASED, Tier.T2), "unsafe output", NOW));

    assertThat(refused.failures())
        .extracting(GuardFailure::guard)
        .containsExactly(Guard.EARLIER_RELEASE);
  }

  @ParameterizedTest
  @EnumSource(ReleaseState.class)
  void decide_retractFromEveryStateButRetracted_allowedWithReason(ReleaseState state) {
    TransitionOutcome outcome =
        workflow.decide(ReleaseAction.RETRACT, facts(state, Tier.T3), "license problem", NOW);

    if (state == ReleaseState.RETRACTED) {
      assertThat(refused(outcome).failures().get(0).guard()).isEqualTo(Guard.STATE);
    } else {
      assertThat(outcome).isEqualTo(new Allowed(ReleaseState.RETRACTED, Optional.empty()));
    }
  }

  @Test
  void wireNames_roundTrip_forEveryStateAndAction() {
    for (ReleaseState state : ReleaseState.values()) {
      assertThat(ReleaseState.fromWireName(state.wireName())).isEqualTo(state);
    }
    for (ReleaseAction action : ReleaseAction.values()) {
      assertThat(ReleaseAction.fromWireName(action.wireName())).isEqualTo(action);
    }
  }
}
