package dev.clearance.server.web.audit;

import dev.clearance.server.auditor.AuditorKeyList;
import dev.clearance.server.auditor.AuditorReads;
import dev.clearance.server.auditor.ConflictList;
import dev.clearance.server.auditor.EngagementPage;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.CursorParam;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The auditor's page (issue 7 item 4; REV-6, ACC-4): {@code /audits} lists the caller's engagements
 * with accept and decline, the report and attestation uploads of accepted ones with the
 * verification result the registry answers (or its 422 naming what differs), the conflicts of their
 * firm with the declaration form, and their signing keys. Reads are the API's ({@link
 * AuditorReads}); every change is a call of the API from {@code clearance.js}.
 */
public final class AuditPages {

  /** Engagements per page. */
  static final int LIMIT = 20;

  private AuditPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    return List.of(
        Page.get(
            "/audits",
            "audits",
            Access.auditor(),
            (ctx, caller) ->
                renderer.page(
                    ctx, caller, "Audits", "audit/audits.jte", view(context, ctx, caller))));
  }

  private static AuditsView view(RegistryContext context, Context ctx, Principal caller) {
    String after = ctx.queryParam("after");
    PageRequest request = CursorParam.of(ctx, "after", LIMIT);
    return StoreReads.read(
        context.db(),
        tx -> {
          EngagementPage engagements = AuditorReads.engagements(tx, caller, request);
          ConflictList conflicts = AuditorReads.conflicts(tx, caller, context.clock().instant());
          AuditorKeyList keys = AuditorReads.keys(tx, caller);
          Pager pager =
              new Pager(
                  after == null || after.isEmpty() ? null : "/audits",
                  "First page",
                  engagements.next() == null
                      ? null
                      : "/audits?after="
                          + URLEncoder.encode(engagements.next(), StandardCharsets.UTF_8));
          return new AuditsView(
              caller.handle(),
              AuditorReads.firmOf(tx, caller).orElse(null),
              engagements,
              pager,
              conflicts,
              keys);
        });
  }
}
