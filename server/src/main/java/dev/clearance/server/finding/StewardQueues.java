package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.release.Times;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The findings that wait for stewards across the registry (REV-5): unanswered ones past their
 * deadline, and contested responses to decide. The API ({@code GET /api/v1/review/overdue}, {@code
 * GET /api/v1/review/contested}) and the stewards' pages read them here. Callers check that the
 * caller is a steward.
 */
public final class StewardQueues {

  private StewardQueues() {}

  /**
   * One page of the unanswered findings past their deadline, oldest deadline first.
   *
   * @throws ApiException 400 when the page's cursor is not one the list made
   */
  public static OverdueList overdue(RegistryContext context, PageRequest request) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx -> {
          Page<Finding> page = byDeadline(() -> Findings.findings(tx).listOverdue(now, request));
          return new OverdueList(
              page.items().stream().map(finding -> overdue(tx, finding, now)).toList(),
              page.next().orElse(null));
        });
  }

  /**
   * One page of the findings whose response is contested and undecided, oldest deadline first.
   *
   * @throws ApiException 400 when the page's cursor is not one the list made
   */
  public static ContestedList contested(RegistryContext context, PageRequest request) {
    return StoreReads.read(
        context.db(),
        tx -> {
          Page<Finding> page = byDeadline(() -> Findings.findings(tx).listContested(request));
          return new ContestedList(
              page.items().stream().map(finding -> contested(tx, finding)).toList(),
              page.next().orElse(null));
        });
  }

  /** How many findings are overdue and how many contested, for the stewards' start page. */
  public static Counts counts(RegistryContext context) {
    Instant now = context.clock().instant();
    return StoreReads.read(
        context.db(),
        tx ->
            new Counts(
                Findings.findings(tx).countOverdue(now), Findings.findings(tx).countContested()));
  }

  /** The sizes of the two queues. */
  public record Counts(int overdue, int contested) {}

  /**
   * @throws ApiException 400 when the page's cursor is not one the list made
   */
  static <T> T byDeadline(Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException badCursor) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "after must be the 'next' value of the previous page",
          Map.of("parameter", "after"),
          "Leave out 'after' for the first page, then pass the 'next' of each page.");
    }
  }

  private static OverdueView overdue(Repositories tx, Finding finding, Instant now) {
    ReleaseRef ref = ReleaseRef.read(tx, finding.releaseId());
    return new OverdueView(
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
        Duration.between(finding.dueAt(), now).toDays(),
        FindingViews.findingsPath(ref) + "/" + finding.id());
  }

  private static ContestedView contested(Repositories tx, Finding finding) {
    ReleaseRef ref = ReleaseRef.read(tx, finding.releaseId());
    String path = FindingViews.findingsPath(ref) + "/" + finding.id();
    return new ContestedView(
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
        Findings.responses(tx)
            .latest(finding.id())
            .map(response -> ResponseView.of(tx, response))
            .orElse(null),
        path,
        path + "/decision");
  }
}
