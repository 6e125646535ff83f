package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Ids;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.ConflictDeclaration;
import dev.clearance.store.auditor.ConflictKind;
import dev.clearance.store.auditor.ConflictParty;
import dev.clearance.store.identity.Organization;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Conflicts of interest (REV-6): an auditor declares one for themselves or their firm toward an
 * organization ({@code audit_conflict.declare}) and withdraws it ({@code audit_conflict.withdraw});
 * declarations are public disclosures, listed per firm with whether each counts now.
 */
final class ConflictHandlers {

  private final RegistryContext context;

  ConflictHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code POST /api/v1/me/conflicts}: 201 with the declaration. */
  void declare(Context ctx, Principal caller) {
    ConflictRequest request = Json.read(ctx, ConflictRequest.class);
    String orgSlug = Fields.slug("organization", request.organization());
    ConflictKind kind = kind(request.kind());
    ConflictParty party = party(request.party());
    LocalDate endedOn = endedOn(kind, request.endedOn());
    String note = Fields.optionalText("note", request.note(), 1000, false);
    ConflictView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  Auditor auditor = ownAuditor(tx, caller);
                  Organization org =
                      tx.organizations()
                          .findBySlug(orgSlug)
                          .orElseThrow(() -> unknownOrganization(orgSlug));
                  String partyId =
                      party == ConflictParty.FIRM ? auditor.firmId() : auditor.userId();
                  ConflictDeclaration declared =
                      Auditors.conflicts(tx)
                          .declare(party, partyId, org.id(), kind, endedOn, note, auditor.userId());
                  audit(tx, caller, "declare", declared, null, "declared");
                  return view(tx, declared, context.clock().instant());
                });
    ctx.status(201).json(view);
  }

  /** {@code DELETE /api/v1/me/conflicts/{conflict}}: 204; withdrawing twice changes nothing. */
  void withdraw(Context ctx, Principal caller) {
    String id = ctx.pathParam("conflict");
    if (!Ids.isValid(id)) {
      throw ApiException.badRequest(
          "invalid_id",
          "'" + id.replaceAll("\\p{Cntrl}", "?") + "' is not a conflict id",
          Map.of("parameter", "conflict"),
          "Use the id that POST /api/v1/me/conflicts returned.");
    }
    context
        .db()
        .transaction(
            tx -> {
              tx.audit().lockTree();
              Auditor auditor = ownAuditor(tx, caller);
              ConflictDeclaration declared =
                  Auditors.conflicts(tx)
                      .find(id)
                      .filter(
                          found ->
                              found.partyId().equals(auditor.userId())
                                  || found.partyId().equals(auditor.firmId()))
                      .orElseThrow(() -> ApiException.notFound("conflict declaration " + id));
              Auditors.conflicts(tx)
                  .withdraw(declared.id())
                  .ifPresent(done -> audit(tx, caller, "withdraw", done, "declared", "withdrawn"));
              return null;
            });
    ctx.status(204);
  }

  /**
   * {@code GET /api/v1/audit-firms/{firm}/conflicts}: the firm's and its auditors' declarations.
   */
  void list(Context ctx, Principal caller) {
    Instant now = context.clock().instant();
    ConflictList list =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  return AuditorReads.conflictsOf(tx, Lookups.firm(tx, ctx), now);
                });
    ctx.json(list);
  }

  /**
   * @throws ApiException 409 when the caller holds the auditor role but no firm approved them
   */
  static Auditor ownAuditor(Repositories tx, Principal caller) {
    return Auditors.auditors(tx)
        .find(caller.requireUserId())
        .orElseThrow(
            () ->
                ApiException.conflict(
                    "not_an_approved_auditor",
                    "you hold the auditor role but are not an auditor of an audit firm",
                    Map.of(),
                    "A steward approves auditors of firms: PUT /api/v1/audit-firms/{firm}/auditors/"
                        + caller.handle()
                        + "."));
  }

  static ConflictView view(Repositories tx, ConflictDeclaration declared, Instant now) {
    String firmId =
        declared.party() == ConflictParty.FIRM
            ? declared.partyId()
            : Auditors.auditors(tx).find(declared.partyId()).map(Auditor::firmId).orElse("");
    return new ConflictView(
        declared.id(),
        declared.party().code(),
        declared.party() == ConflictParty.AUDITOR ? Lookups.handle(tx, declared.partyId()) : null,
        Lookups.firmSlug(tx, firmId),
        tx.organizations().find(declared.orgId()).map(Organization::slug).orElse("unknown"),
        declared.kind().code(),
        declared.endedOn() == null ? null : declared.endedOn().toString(),
        declared.note(),
        Lookups.handle(tx, declared.declaredBy()),
        declared.createdAt().toString(),
        declared.withdrawnAt() == null ? null : declared.withdrawnAt().toString(),
        declared.countsAt(now));
  }

  private void audit(
      Repositories tx,
      Principal caller,
      String verb,
      ConflictDeclaration declared,
      String before,
      String after) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("conflict", declared.id());
    details.put("party", declared.party().code());
    details.put(
        "organization",
        tx.organizations().find(declared.orgId()).map(Organization::slug).orElse("unknown"));
    details.put("kind", declared.kind().code());
    if (declared.endedOn() != null) {
      details.put("endedOn", declared.endedOn().toString());
    }
    AuditorEvents.person(
        context,
        tx,
        caller,
        "audit_conflict." + verb,
        declared.partyId(),
        before,
        after,
        null,
        details);
  }

  private static ConflictKind kind(String code) {
    if (code == null) {
      throw Fields.invalid(
          "kind",
          "field 'kind' is missing; give ownership, funding, employment or paid_engagement");
    }
    try {
      return ConflictKind.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw Fields.invalid("kind", e.getMessage());
    }
  }

  private static ConflictParty party(String code) {
    if (code == null) {
      return ConflictParty.AUDITOR;
    }
    try {
      return ConflictParty.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw Fields.invalid("party", e.getMessage());
    }
  }

  private static LocalDate endedOn(ConflictKind kind, String text) {
    if (kind != ConflictKind.PAID_ENGAGEMENT) {
      if (text != null) {
        throw Fields.invalid("endedOn", "only a paid_engagement has an end day ('endedOn')");
      }
      return null;
    }
    if (text == null) {
      throw Fields.invalid(
          "endedOn",
          "a paid_engagement needs 'endedOn', the day it ended (YYYY-MM-DD; a future day while it"
              + " runs)");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Fields.invalid("endedOn", "field 'endedOn' is not a day of the form YYYY-MM-DD");
    }
  }

  private static ApiException unknownOrganization(String slug) {
    return new ApiException(
        422,
        new ApiError(
            "unknown_organization",
            "there is no organization '" + slug + "'",
            Map.of("field", "organization"),
            "Give the slug of a registered organization, as in /api/v1/orgs/{org}."));
  }
}
