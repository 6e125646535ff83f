package dev.clearance.server.dashboard;

import dev.clearance.release.ReleaseAction;
import dev.clearance.release.ReleaseState;
import dev.clearance.release.ReleaseWorkflow;
import dev.clearance.server.auditor.AuditStanding;
import dev.clearance.server.finding.FindingFacts;
import dev.clearance.server.release.ActionView;
import dev.clearance.server.release.ReleaseActions;
import dev.clearance.server.release.ReleaseDecider;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReviewWindowView;
import dev.clearance.server.release.Times;
import dev.clearance.server.rollout.RolloutSituation;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What blocks one release of the dashboard: the blockers of its next forward actions ({@link
 * ReleaseActions#preview}), its findings waiting for an answer, its audit attestation, its review
 * window and its rollout. Reads a constant number of rows per release ({@link ReleaseDecider} reads
 * the release's facts once).
 */
public final class ReleaseStanding {

  /** The actions that move a release forward toward general availability (REV-1). */
  private static final Set<ReleaseAction> FORWARD =
      EnumSet.of(
          ReleaseAction.SUBMIT,
          ReleaseAction.START_REVIEW,
          ReleaseAction.CLOSE_REVIEW,
          ReleaseAction.APPROVE,
          ReleaseAction.STAGE,
          ReleaseAction.RELEASE);

  private ReleaseStanding() {}

  /**
   * {@code ref}'s release as {@code caller} sees it on the dashboard at the server's {@code now}.
   */
  public static DashboardReleaseView of(
      Repositories tx, ReleaseRef ref, Principal caller, ReleasePolicies policies, Instant now) {
    Release release = ref.release();
    if (!release.state().isPreRelease()) {
      return view(ref, List.of(), null, null, null, null);
    }
    ReleaseDecider decider = ReleaseDecider.of(tx, ref, policies, now, true);
    List<ActionView> next =
        Arrays.stream(ReleaseAction.values())
            .filter(FORWARD::contains)
            .filter(action -> action.from().contains(release.state()))
            .map(action -> ReleaseActions.preview(decider, caller, action))
            .toList();
    return view(
        ref,
        next,
        FindingCountsView.of(FindingFacts.unsettled(tx, release), now),
        audit(decider),
        decider.reviewWindow().map(window -> ReviewWindowView.of(window, now)).orElse(null),
        rollout(tx, decider));
  }

  private static AuditAttestationView audit(ReleaseDecider decider) {
    if (decider.ref().release().tier() == null
        || !new ReleaseWorkflow(decider.policy()).auditRequired(decider.facts().tier())) {
      return null;
    }
    AuditStanding standing = decider.auditStanding();
    return new AuditAttestationView(
        standing.attested(), standing.problem().isEmpty() ? null : standing.problem());
  }

  private static RolloutStandingView rollout(Repositories tx, ReleaseDecider decider) {
    Release release = decider.ref().release();
    if (release.state() != ReleaseState.STAGED) {
      return null;
    }
    RolloutSituation situation =
        RolloutSituation.of(tx, release, decider.policy(), decider.facts(), decider.now());
    if (situation.position().isEmpty()) {
      return null;
    }
    return new RolloutStandingView(
        situation.position().get().stage(),
        Times.iso(situation.position().get().enteredAt()),
        situation.nextStage().map(stage -> stage.id()).orElse(null),
        Times.iso(situation.rollout().earliestNext(situation.position().get())),
        situation.blockers(),
        situation.readyForRelease());
  }

  private static DashboardReleaseView view(
      ReleaseRef ref,
      List<ActionView> next,
      FindingCountsView findings,
      AuditAttestationView audit,
      ReviewWindowView window,
      RolloutStandingView rollout) {
    Release release = ref.release();
    return new DashboardReleaseView(
        release.id(),
        ref.model().name(),
        release.versionLabel(),
        release.state().wireName(),
        release.tier(),
        release.recommended(),
        "/api/v1/orgs/"
            + ref.org().slug()
            + "/models/"
            + ref.model().name()
            + "/releases/"
            + release.versionLabel(),
        next,
        findings,
        audit,
        window,
        rollout);
  }
}
