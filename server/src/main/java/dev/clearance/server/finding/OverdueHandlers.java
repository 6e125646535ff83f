package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.release.Times;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Findings by response deadline (REV-5): {@code GET /api/v1/review/overdue}, the unanswered
 * findings past their deadline across the registry, oldest deadline first, for stewards; and {@code
 * GET /api/v1/orgs/{org}/findings/awaiting-response}, the findings waiting for one organization's
 * response across its releases, nearest deadline first.
 */
final class OverdueHandlers {

  private final RegistryContext context;

  OverdueHandlers(RegistryContext context) {
    this.context = context;
  }

  void list(Context ctx, Principal caller) {
    PageRequest request = PageParams.of(ctx);
    Instant now = context.clock().instant();
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              Page<Finding> page =
                  byDeadline(() -> Findings.findings(tx).listOverdue(now, request));
              return new OverdueList(
                  page.items().stream().map(finding -> overdue(tx, finding, now)).toList(),
                  page.next().orElse(null));
            }));
  }

  void awaiting(Context ctx, Principal caller) {
    PageRequest request = PageParams.of(ctx);
    Instant now = context.clock().instant();
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              var org = ReleaseLookup.organization(tx, ctx);
              return byDeadline(() -> AwaitingResponses.of(tx, org, request, now));
            }));
  }

  /**
   * @throws ApiException 400 when the page's cursor is not one the list made
   */
  private static <T> T byDeadline(Supplier<T> read) {
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
    ReleaseRef ref = Releases.of(tx, finding.releaseId());
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
}
