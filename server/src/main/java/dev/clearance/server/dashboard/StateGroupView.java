package dev.clearance.server.dashboard;

import java.util.List;

/**
 * The organization's releases in one state, in creation order.
 *
 * @param count how many releases of the organization are in the state
 * @param releases one page of them
 * @param next the cursor of the next page ({@code ?state=<state>&after=<next>}), absent on the last
 */
public record StateGroupView(
    String state, int count, List<DashboardReleaseView> releases, String next) {

  public StateGroupView {
    releases = List.copyOf(releases);
  }
}
