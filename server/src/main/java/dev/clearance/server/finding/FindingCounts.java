package dev.clearance.server.finding;

import java.util.List;

/**
 * How many findings a release has, by severity (in the policy's scale order), by state and by the
 * kind of the organization's current response: what the public reads of a review before the
 * findings themselves are public (REV-5).
 *
 * @param byResponse {@code mitigated}, {@code accepted_risk}, {@code disputed}, {@code unanswered}
 *     and {@code duplicate} (answered with its original)
 */
public record FindingCounts(
    int total, List<Count> bySeverity, List<Count> byState, List<Count> byResponse) {

  public FindingCounts {
    bySeverity = List.copyOf(bySeverity);
    byState = List.copyOf(byState);
    byResponse = List.copyOf(byResponse);
  }

  /**
   * One bucket.
   *
   * @param id the code, e.g. {@code high} or {@code accepted_risk}
   * @param label how people read it, e.g. {@code High} or {@code accepted risk}
   */
  public record Count(String id, String label, int count) {}
}
