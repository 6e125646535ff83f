package dev.clearance.server.finding;

import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.Times;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.identity.Organization;
import java.time.Duration;
import java.time.Instant;

/**
 * The findings waiting for an organization's response across its releases (REV-5), nearest deadline
 * first: the Java API behind {@code GET /api/v1/orgs/{org}/findings/awaiting-response} and the
 * organization's pages. For members of the organization and stewards.
 */
public final class AwaitingResponses {

  private AwaitingResponses() {}

  /**
   * One page of the findings waiting for {@code org}'s response, at the server's time {@code now}.
   *
   * @throws IllegalArgumentException for a page cursor the list did not make
   */
  public static AwaitingList of(
      Repositories tx, Organization org, PageRequest request, Instant now) {
    Page<Finding> page = Findings.findings(tx).listAwaitingResponse(org.id(), request);
    return new AwaitingList(
        page.items().stream().map(finding -> view(tx, finding, now)).toList(),
        page.next().orElse(null));
  }

  private static AwaitingView view(Repositories tx, Finding finding, Instant now) {
    ReleaseRef ref = ReleaseRef.read(tx, finding.releaseId());
    boolean overdue = finding.isOverdueAt(now);
    return new AwaitingView(
        finding.id(),
        ref.org().slug(),
        ref.model().name(),
        ref.release().versionLabel(),
        ref.release().state().wireName(),
        finding.content().title(),
        finding.content().severity(),
        Handles.of(tx, finding.evaluatorId()),
        Times.iso(finding.filedAt()),
        Times.iso(finding.dueAt()),
        overdue,
        daysLeft(now, finding.dueAt()),
        overdue ? Duration.between(finding.dueAt(), now).toDays() : 0,
        FindingViews.findingsPath(ref) + "/" + finding.id());
  }

  /** Whole days from {@code now} until {@code due}, rounded up; 0 from then on. */
  private static long daysLeft(Instant now, Instant due) {
    if (!now.isBefore(due)) {
      return 0;
    }
    Duration left = Duration.between(now, due);
    return left.toDays() + (left.equals(Duration.ofDays(left.toDays())) ? 0 : 1);
  }
}
