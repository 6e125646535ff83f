package dev.clearance.server.web.org;

import dev.clearance.server.dashboard.DashboardReleaseView;
import dev.clearance.server.dashboard.DashboardView;
import dev.clearance.server.dashboard.StateGroupView;
import dev.clearance.server.finding.AwaitingList;
import dev.clearance.server.finding.AwaitingView;
import dev.clearance.server.review.GrantList;
import dev.clearance.server.review.GrantView;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;

/**
 * An organization's dashboard (template {@code org/dashboard.jte} and its list fragments): its
 * releases by state with what blocks each one ({@link DashboardView}), the findings waiting for its
 * response and the evaluators' access requests waiting for its decision.
 *
 * @param displayName the organization's name for people
 * @param onlyState the one state shown, paged, or {@code null} for every state
 * @param groupPager the pages of the one state shown (empty when every state is shown)
 */
public record DashboardPageView(
    String displayName,
    DashboardView dashboard,
    String onlyState,
    Pager groupPager,
    AwaitingList findings,
    Pager findingsPager,
    GrantList requests,
    Pager requestsPager) {

  /** The slug of the organization. */
  public String org() {
    return dashboard.org();
  }

  /** The dashboard itself (every state). */
  public String href() {
    return Links.organization(org());
  }

  /** The dashboard showing {@code group}'s state alone, paged. */
  public String stateHref(StateGroupView group) {
    return href() + "?state=" + Urls.encode(group.state());
  }

  /** True when {@code group} has more releases than the dashboard shows of it. */
  public boolean hasMore(StateGroupView group) {
    return onlyState == null && group.next() != null;
  }

  /** The management page of {@code release}. */
  public String manageHref(DashboardReleaseView release) {
    return Links.manage(org(), release.model(), release.version());
  }

  /** The public page of {@code release}. */
  public String releaseHref(DashboardReleaseView release) {
    return Links.release(org(), release.model(), release.version());
  }

  /** Where the organization answers {@code finding}: its place on the release's management page. */
  public String findingHref(AwaitingView finding) {
    return Links.manage(finding.org(), finding.model(), finding.version())
        + "#finding-"
        + finding.id();
  }

  /** Where the organization decides {@code request}: the release's management page. */
  public String requestHref(GrantView request) {
    return Links.manage(request.org(), request.model(), request.version()) + "#access";
  }
}
