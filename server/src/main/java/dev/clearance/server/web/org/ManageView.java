package dev.clearance.server.web.org;

import dev.clearance.server.dashboard.DashboardReleaseView;
import dev.clearance.server.finding.FindingList;
import dev.clearance.server.finding.ResponseKindView;
import dev.clearance.server.release.ReleaseActionsView;
import dev.clearance.server.review.GrantList;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The management page of one release (template {@code org/manage.jte}): its transitions as the
 * caller could take them now ({@link ReleaseActionsView}), what blocks it ({@link
 * DashboardReleaseView}), its findings with response forms, its evaluators' access and, while
 * staged, its rollout.
 *
 * @param revision the release's version number when the page was read: its transition forms send it
 *     as {@code If-Match}, so an action taken from a page that has gone stale is refused
 * @param member true when the viewer is a member of the organization (releasers respond to
 *     findings, decide access and advance the rollout; stewards see the page too)
 * @param responseKinds the kinds of response to a finding with their fields, as the API takes them
 */
public record ManageView(
    String orgName,
    long revision,
    ReleaseActionsView actions,
    DashboardReleaseView standing,
    FindingList findings,
    Pager findingsPager,
    GrantList grants,
    Pager grantsPager,
    List<ResponseKindView> responseKinds,
    boolean member) {

  public ManageView {
    responseKinds = List.copyOf(responseKinds);
  }

  public String org() {
    return actions.org();
  }

  public String model() {
    return actions.model();
  }

  public String version() {
    return actions.version();
  }

  /** The release's API path; the forms of this page send their changes below it. */
  public String apiPath() {
    return "/api/v1/orgs/" + org() + "/models/" + model() + "/releases/" + version();
  }

  /** The release's public page. */
  public String releaseHref() {
    return Links.release(org(), model(), version());
  }

  /** The organization's dashboard. */
  public String dashboardHref() {
    return Links.organization(org());
  }

  /** True before the release was made public: access grants and audits still matter. */
  public boolean preRelease() {
    return standing.findings() != null;
  }
}
