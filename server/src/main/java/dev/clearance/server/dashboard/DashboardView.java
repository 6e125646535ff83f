package dev.clearance.server.dashboard;

import java.util.List;

/**
 * An organization's releases by state with what blocks each one ({@code GET
 * /api/v1/orgs/{org}/dashboard}).
 *
 * @param serverTime the server's time the blockers were decided at (its clock decides windows)
 * @param groups the states that have releases, in life-cycle order (draft first), or the one state
 *     asked for
 */
public record DashboardView(String org, String serverTime, List<StateGroupView> groups) {

  public DashboardView {
    groups = List.copyOf(groups);
  }
}
