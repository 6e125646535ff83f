package dev.clearance.server.finding;

import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * Findings by response deadline (REV-5): {@code GET /api/v1/review/overdue}, the unanswered
 * findings past their deadline across the registry, oldest deadline first, for stewards; and {@code
 * GET /api/v1/orgs/{org}/findings/awaiting-response}, the findings waiting for one organization's
 * response across its releases, nearest deadline first; {@code GET /api/v1/review/contested}, the
 * contested responses waiting for a steward's decision. The stewards' lists are read by {@link
 * StewardQueues}, which the stewards' pages share.
 */
final class OverdueHandlers {

  private final RegistryContext context;

  OverdueHandlers(RegistryContext context) {
    this.context = context;
  }

  void list(Context ctx, Principal caller) {
    ctx.json(StewardQueues.overdue(context, PageParams.of(ctx)));
  }

  void contested(Context ctx, Principal caller) {
    ctx.json(StewardQueues.contested(context, PageParams.of(ctx)));
  }

  void awaiting(Context ctx, Principal caller) {
    PageRequest request = PageParams.of(ctx);
    Instant now = context.clock().instant();
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              var org = ReleaseLookup.organization(tx, ctx);
              return StewardQueues.byDeadline(() -> AwaitingResponses.of(tx, org, request, now));
            }));
  }
}
