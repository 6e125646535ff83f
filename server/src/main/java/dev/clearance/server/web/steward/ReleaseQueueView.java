package dev.clearance.server.web.steward;

import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The stewards' release queue page ({@code /steward/releases?state=…}).
 *
 * @param state the state shown, e.g. {@code submitted}
 * @param tabs one tab per state waiting for stewards
 */
public record ReleaseQueueView(
    String state, List<Tab> tabs, List<QueuedRelease> releases, Pager pager) {

  public ReleaseQueueView {
    tabs = List.copyOf(tabs);
    releases = List.copyOf(releases);
  }

  /** What the stewards do with releases in {@link #state}, said on the page. */
  public String purpose() {
    return switch (state) {
      case "submitted" ->
          "Submitted releases wait for a steward to start their review, which opens the community"
              + " review window (30 days for Tier 3, 90 for Tier 4; none is needed below).";
      case "in_review" ->
          "Releases in review: their window runs by the server's clock. Approve once nothing"
              + " blocks it.";
      case "draft" ->
          "Drafts whose failed checks block their submission. A steward may waive the failed"
              + " checks with a reason, which goes into the audit log.";
      default ->
          "The review window has closed and the organization is answering findings. Approve once"
              + " every finding is answered and no response is contested.";
    };
  }
}
