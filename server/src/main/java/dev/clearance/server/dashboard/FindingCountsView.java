package dev.clearance.server.dashboard;

import dev.clearance.server.release.Times;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of a release that wait for someone (REV-5).
 *
 * @param open findings without a response from the organization (duplicates aside)
 * @param overdue those of {@code open} past their response deadline by the server's clock
 * @param contested responses contested by their evaluator, waiting for a steward
 * @param nextDueAt the nearest response deadline of the {@code open} ones (overdue ones included),
 *     absent when none is open
 */
public record FindingCountsView(int open, int overdue, int contested, String nextDueAt) {

  /** The counts of {@code unsettled} findings (open and contested ones) at {@code now}. */
  static FindingCountsView of(List<Finding> unsettled, Instant now) {
    List<Finding> open =
        unsettled.stream().filter(finding -> finding.state() == FindingState.OPEN).toList();
    return new FindingCountsView(
        open.size(),
        (int) open.stream().filter(finding -> finding.isOverdueAt(now)).count(),
        (int)
            unsettled.stream().filter(finding -> finding.state() == FindingState.CONTESTED).count(),
        open.stream()
            .map(Finding::dueAt)
            .min(Comparator.naturalOrder())
            .map(Times::iso)
            .orElse(null));
  }
}
