package dev.clearance.server.audit;

import java.util.List;

/**
 * The answer of {@code GET /api/v1/log/state-check}: every check's result, and whether all agree.
 */
public record StateCheckReport(boolean ok, List<StateCheckResult> checks) {

  public StateCheckReport {
    checks = List.copyOf(checks);
  }

  static StateCheckReport of(List<StateCheckResult> checks) {
    return new StateCheckReport(checks.stream().allMatch(StateCheckResult::ok), checks);
  }
}
