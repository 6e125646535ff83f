package dev.clearance.server.dashboard;

import dev.clearance.server.release.ActionView;
import dev.clearance.server.release.ReviewWindowView;
import java.util.List;

/**
 * One release on the organization dashboard with what blocks it. Releases that have been public
 * carry only their names, state and tier.
 *
 * @param id the release's opaque id
 * @param path the release's API path
 * @param tier the tier of the latest check report, absent before the first check
 * @param next the release's next forward actions (submit, start_review, close_review, approve,
 *     stage, release: those its state allows) as the caller could take them now, with their
 *     blockers; empty once public
 * @param findings findings waiting for a response or a steward; absent once public
 * @param audit the audit attestation, for tiers with a third-party audit before release; else
 *     absent
 * @param reviewWindow the review window with the days left, once started and before release
 * @param rollout where the rollout stands, while staged
 */
public record DashboardReleaseView(
    String id,
    String model,
    String version,
    String state,
    Integer tier,
    boolean recommended,
    String path,
    List<ActionView> next,
    FindingCountsView findings,
    AuditAttestationView audit,
    ReviewWindowView reviewWindow,
    RolloutStandingView rollout) {

  public DashboardReleaseView {
    next = List.copyOf(next);
  }
}
