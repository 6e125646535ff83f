package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
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

/**
 * {@code GET /api/v1/review/overdue}: the unanswered findings past their response deadline across
 * the registry (REV-5), oldest deadline first, for stewards.
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
              Page<Finding> page;
              try {
                page = Findings.findings(tx).listOverdue(now, request);
              } catch (IllegalArgumentException badCursor) {
                throw ApiException.badRequest(
                    "invalid_parameter",
                    "after must be the 'next' value of the previous page",
                    Map.of("parameter", "after"),
                    "Leave out 'after' for the first page, then pass the 'next' of each page.");
              }
              return new OverdueList(
                  page.items().stream().map(finding -> view(tx, finding, now)).toList(),
                  page.next().orElse(null));
            }));
  }

  private static OverdueView view(Repositories tx, Finding finding, Instant now) {
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
