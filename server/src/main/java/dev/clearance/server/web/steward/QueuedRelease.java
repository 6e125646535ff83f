package dev.clearance.server.web.steward;

import dev.clearance.server.dashboard.DashboardReleaseView;
import dev.clearance.server.release.ActionView;
import dev.clearance.server.release.Blocker;
import dev.clearance.server.release.WaiverView;
import java.util.List;

/**
 * One release in the stewards' release queue: where it stands (as on its organization's dashboard),
 * the actions a steward takes on it, and its waivers.
 *
 * @param org the organization's slug
 * @param release the release as the organization dashboard shows it, decided for the steward
 * @param apiPath the release's API path, which the forms post to
 * @param pageHref the release's page
 * @param actions the forward actions stewards take (start the review, approve), each enabled or
 *     with its blockers
 * @param waivers the waivers the release has, with their reasons
 */
public record QueuedRelease(
    String org,
    DashboardReleaseView release,
    String apiPath,
    String pageHref,
    List<ActionView> actions,
    List<WaiverView> waivers) {

  /** The guard a steward may waive with a reason. */
  public static final String WAIVABLE = "checks_pass";

  public QueuedRelease {
    actions = List.copyOf(actions);
    waivers = List.copyOf(waivers);
  }

  /** True when a failed check blocks an action and no waiver covers it yet: offer the form. */
  public boolean waiverWanted() {
    boolean waived = waivers.stream().anyMatch(waiver -> waiver.guard().equals(WAIVABLE));
    return !waived
        && release.next().stream()
            .flatMap(action -> action.blockers().stream())
            .map(Blocker::guard)
            .anyMatch(WAIVABLE::equals);
  }

  /** The blocker of a failed check, shown beside the waiver form. */
  public Blocker failedChecks() {
    return release.next().stream()
        .flatMap(action -> action.blockers().stream())
        .filter(blocker -> blocker.guard().equals(WAIVABLE))
        .findFirst()
        .orElse(null);
  }

  /**
   * The titles of the findings a blocker names ({@code findings_answered}, {@code
   * no_contested_responses}), or none.
   */
  public static List<String> findingTitles(Blocker blocker) {
    if (blocker.details() == null
        || !(blocker.details().get("findings") instanceof List<?> findings)) {
      return List.of();
    }
    return findings.stream()
        .filter(java.util.Map.class::isInstance)
        .map(finding -> String.valueOf(((java.util.Map<?, ?>) finding).get("title")))
        .toList();
  }
}
