package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.ApprovalStatus;
import dev.clearance.store.auditor.AuditFirm;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Auditors of audit firms (REV-6): a steward makes an existing user an auditor of an active firm
 * ({@code auditor.approve}; the user gets the registry role {@code auditor}) and suspends,
 * reinstates or revokes them with a reason ({@code auditor.<verb>}; the role goes and comes with
 * it). A user is an auditor of one firm at most.
 */
final class AuditorHandlers {

  private final RegistryContext context;

  AuditorHandlers(RegistryContext context) {
    this.context = context;
  }

  private record Outcome(AuditorView view, boolean created) {}

  /** {@code PUT /api/v1/audit-firms/{firm}/auditors/{user}}: 201 when approved, 200 if already. */
  void approve(Context ctx, Principal caller) {
    Outcome outcome =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  AuditFirm firm = Lookups.firm(tx, ctx);
                  User user = Lookups.user(tx, ctx);
                  Optional<Auditor> existing = Auditors.auditors(tx).find(user.id());
                  if (existing.isPresent()) {
                    return new Outcome(already(tx, existing.get(), user, firm), false);
                  }
                  if (firm.status() != ApprovalStatus.ACTIVE) {
                    throw ApiException.conflict(
                        "firm_not_active",
                        "audit firm '" + firm.slug() + "' is " + firm.status().code(),
                        Map.of("firm", firm.slug(), "status", firm.status().code()),
                        "Reinstate the firm first (POST /api/v1/audit-firms/"
                            + firm.slug()
                            + "/status).");
                  }
                  Auditor added = Auditors.auditors(tx).add(user.id(), firm.id());
                  boolean granted = grantRole(tx, caller, user);
                  Map<String, Object> details = new LinkedHashMap<>();
                  details.put("firm", firm.slug());
                  details.put("auditor", user.handle());
                  details.put("roleGranted", granted);
                  AuditorEvents.person(
                      context,
                      tx,
                      caller,
                      "auditor.approve",
                      user.id(),
                      null,
                      added.status().code(),
                      null,
                      details);
                  return new Outcome(AuditorView.of(added, user.handle(), firm.slug()), true);
                });
    IfMatch.etag(ctx, outcome.view().revision());
    ctx.status(outcome.created() ? 201 : 200).json(outcome.view());
  }

  /** {@code POST /api/v1/audit-firms/{firm}/auditors/{user}/status} {@code {status, reason}}. */
  void status(Context ctx, Principal caller) {
    StatusChange change = StatusChange.of(Json.read(ctx, StatusRequest.class));
    OptionalLong expected = IfMatch.version(ctx);
    AuditorView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  AuditFirm firm = Lookups.firm(tx, ctx);
                  User user = Lookups.user(tx, ctx);
                  String what = "auditor '" + user.handle() + "' of '" + firm.slug() + "'";
                  Auditor auditor =
                      Auditors.auditors(tx)
                          .find(user.id())
                          .filter(found -> found.firmId().equals(firm.id()))
                          .orElseThrow(() -> ApiException.notFound(what));
                  IfMatch.check(expected, what, auditor.version());
                  String verb = change.verbFrom(auditor.status(), what);
                  if (verb.isEmpty()) {
                    return AuditorView.of(auditor, user.handle(), firm.slug());
                  }
                  Auditor changed =
                      Auditors.auditors(tx)
                          .updateStatus(
                              user.id(), auditor.version(), change.status(), change.reason());
                  boolean roleChanged =
                      change.status() == ApprovalStatus.ACTIVE
                          ? grantRole(tx, caller, user)
                          : tx.globalRoles().revoke(user.id(), GlobalRole.AUDITOR);
                  Map<String, Object> details = new LinkedHashMap<>();
                  details.put("firm", firm.slug());
                  details.put("auditor", user.handle());
                  details.put("roleChanged", roleChanged);
                  AuditorEvents.person(
                      context,
                      tx,
                      caller,
                      "auditor." + verb,
                      user.id(),
                      auditor.status().code(),
                      changed.status().code(),
                      change.reason(),
                      details);
                  return AuditorView.of(changed, user.handle(), firm.slug());
                });
    IfMatch.etag(ctx, view.revision());
    ctx.json(view);
  }

  /** The existing auditor when of {@code firm}; 409 when of another firm. */
  private static AuditorView already(Repositories tx, Auditor existing, User user, AuditFirm firm) {
    if (!existing.firmId().equals(firm.id())) {
      String other = Lookups.firmSlug(tx, existing.firmId());
      throw ApiException.conflict(
          "auditor_of_another_firm",
          "'" + user.handle() + "' is an auditor of '" + other + "'; an auditor has one firm",
          Map.of("firm", other),
          "An auditor belongs to one firm, which their engagements and conflicts follow; approve"
              + " another user for '"
              + firm.slug()
              + "'.");
    }
    return AuditorView.of(existing, user.handle(), firm.slug());
  }

  /** Grants the auditor role unless held; returns whether it was granted now. */
  private static boolean grantRole(Repositories tx, Principal caller, User user) {
    if (tx.globalRoles().has(user.id(), GlobalRole.AUDITOR)) {
      return false;
    }
    tx.globalRoles().grant(user.id(), GlobalRole.AUDITOR, caller.requireUserId(), null);
    return true;
  }
}
