package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.route.Principal;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingState;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stewardship of findings: linking a duplicate to its original (a steward or the organization), so
 * that it is answered with the original; and redacting hazardous reproduction steps or evidence
 * from the public (a steward, REV-5).
 */
final class LinkHandlers {

  private static final List<String> PARTS = List.of("reproduction", "evidence");

  private final RegistryContext context;
  private final FindingHandlers findings;
  private final FindingEvents events;

  LinkHandlers(RegistryContext context, FindingHandlers findings, FindingEvents events) {
    this.context = context;
    this.findings = findings;
    this.events = events;
  }

  /** {@code POST …/findings/{finding}/duplicate} {@code {of}}. */
  void duplicate(Context ctx, Principal caller) {
    String of = TextFields.required("of", Json.read(ctx, DuplicateRequest.class).of(), 64);
    ctx.json(
        Concurrent.change(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              Finding original =
                  Findings.findings(tx)
                      .find(of)
                      .filter(found -> found.releaseId().equals(ref.release().id()))
                      .filter(found -> !found.id().equals(finding.id()))
                      .orElseThrow(
                          () ->
                              ApiException.badRequest(
                                  "invalid_value",
                                  "of '"
                                      + FindingAccess.printable(of)
                                      + "' is not another finding of "
                                      + ref.label(),
                                  Map.of("field", "of"),
                                  "Give the id of the original finding of the same release."));
              if (original.isDuplicate()) {
                throw ApiException.conflict(
                    "original_is_duplicate",
                    original.id() + " is itself a duplicate of " + original.duplicate().of(),
                    Map.of("original", original.duplicate().of()),
                    "Link to " + original.duplicate().of() + " instead.");
              }
              if (Findings.findings(tx).countDuplicatesOf(finding.id()) > 0) {
                throw ApiException.conflict(
                    "finding_has_duplicates",
                    finding.id() + " is the original of other findings",
                    Map.of(),
                    "Link those duplicates to the new original first.");
              }
              if (finding.state() == FindingState.CONTESTED) {
                throw ApiException.conflict(
                    "finding_contested",
                    "the finding's response is contested",
                    Map.of("state", "contested"),
                    "A steward decides the contest first.");
              }
              Finding linked =
                  Findings.findings(tx)
                      .linkDuplicate(
                          finding.id(), finding.version(), original.id(), caller.requireUserId());
              events.linkedDuplicate(tx, caller.requireUserId(), ref, finding, linked);
              return findings.views(tx, caller, ref).of(linked);
            }));
  }

  /** {@code PUT …/findings/{finding}/redaction} {@code {parts, reason}}. */
  void redact(Context ctx, Principal caller) {
    RedactionRequest body = Json.read(ctx, RedactionRequest.class);
    if (body.parts() == null) {
      throw ApiException.badRequest(
          "invalid_value",
          "parts is missing",
          Map.of("field", "parts", "allowed", PARTS),
          "List the parts to hide from the public, [] to show everything again.");
    }
    List<String> parts = new ArrayList<>();
    for (String part : body.parts()) {
      if (!PARTS.contains(part)) {
        throw ApiException.badRequest(
            "invalid_value",
            "parts holds '"
                + FindingAccess.printable(String.valueOf(part))
                + "', which is not one of "
                + PARTS,
            Map.of("field", "parts", "allowed", PARTS),
            "Redact the reproduction steps, the evidence (text and attachments), or both.");
      }
      if (!parts.contains(part)) {
        parts.add(part);
      }
    }
    String reason =
        parts.isEmpty()
            ? TextFields.optional("reason", body.reason(), TextFields.PARAGRAPH)
            : TextFields.required("reason", body.reason(), TextFields.PARAGRAPH);
    ctx.json(
        Concurrent.change(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              Finding redacted =
                  Findings.findings(tx)
                      .redact(
                          finding.id(),
                          finding.version(),
                          parts.contains("reproduction") ? reason : null,
                          parts.contains("evidence") ? reason : null,
                          caller.requireUserId());
              events.redacted(tx, caller.requireUserId(), ref, redacted, parts, reason);
              return findings.views(tx, caller, ref).of(redacted);
            }));
  }
}
