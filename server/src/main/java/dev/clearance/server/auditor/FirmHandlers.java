package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditFirm;
import io.javalin.http.Context;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Audit firms (REV-6): stewards approve a firm ({@code audit_firm.approve}) and suspend, reinstate
 * or revoke it with a reason ({@code audit_firm.<verb>}); anyone may read them.
 */
final class FirmHandlers {

  private final RegistryContext context;

  FirmHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code POST /api/v1/audit-firms}: 201 with the approved firm. */
  void create(Context ctx, Principal caller) {
    FirmRequest request = Json.read(ctx, FirmRequest.class);
    String slug = Fields.slug("slug", request.slug());
    String name = Fields.text("name", request.name(), 200, false);
    String website = Fields.website(request.website());
    String description = Fields.text("description", request.description(), 2000, true);
    FirmView view;
    try {
      view =
          context
              .db()
              .transaction(
                  tx -> {
                    AuditFirm firm = Auditors.firms(tx).add(slug, name, website, description);
                    AuditorEvents.firm(context, tx, caller, "approve", firm, null, null);
                    return Lookups.firmView(tx, firm);
                  });
    } catch (ConflictException taken) {
      throw ApiException.conflict(
          "taken",
          "an audit firm named '" + slug + "' exists already",
          Map.of("field", "slug"),
          "Choose another slug, or read the firm: GET /api/v1/audit-firms/" + slug + ".");
    }
    ctx.header("Location", "/api/v1/audit-firms/" + slug);
    IfMatch.etag(ctx, view.revision());
    ctx.status(201).json(view);
  }

  /** {@code GET /api/v1/audit-firms}: one page of firms, whatever their status. */
  void list(Context ctx, Principal caller) {
    ctx.json(FirmDirectory.read(context, PageParams.of(ctx)));
  }

  /** {@code GET /api/v1/audit-firms/{firm}}: the firm with its auditors. */
  void get(Context ctx, Principal caller) {
    FirmView view =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  return Lookups.firmView(tx, Lookups.firm(tx, ctx));
                });
    IfMatch.etag(ctx, view.revision());
    ctx.json(view);
  }

  /** {@code POST /api/v1/audit-firms/{firm}/status} {@code {status, reason}}. */
  void status(Context ctx, Principal caller) {
    StatusChange change = StatusChange.of(Json.read(ctx, StatusRequest.class));
    OptionalLong expected = IfMatch.version(ctx);
    FirmView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  AuditFirm firm = Lookups.firm(tx, ctx);
                  IfMatch.check(expected, "audit firm '" + firm.slug() + "'", firm.version());
                  String verb = change.verbFrom(firm.status(), "audit firm '" + firm.slug() + "'");
                  if (verb.isEmpty()) {
                    return Lookups.firmView(tx, firm);
                  }
                  AuditFirm changed =
                      Auditors.firms(tx)
                          .updateStatus(
                              firm.id(), firm.version(), change.status(), change.reason());
                  AuditorEvents.firm(
                      context, tx, caller, verb, changed, firm.status().code(), change.reason());
                  return Lookups.firmView(tx, changed);
                });
    IfMatch.etag(ctx, view.revision());
    ctx.json(view);
  }
}
