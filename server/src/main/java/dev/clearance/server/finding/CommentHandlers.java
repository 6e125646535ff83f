package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingAttachment;
import dev.clearance.store.finding.FindingComment;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Comments and follow-ups on a finding (REV-4): review participants ({@link
 * FindingAccess#requireParticipant}) comment, optionally with a file they attached; everyone who
 * may see the finding reads them.
 */
final class CommentHandlers {

  private final RegistryContext context;
  private final FindingHandlers findings;
  private final FindingEvents events;

  CommentHandlers(RegistryContext context, FindingHandlers findings, FindingEvents events) {
    this.context = context;
    this.findings = findings;
    this.events = events;
  }

  /** {@code POST …/findings/{finding}/comments} {@code {text, attachment?}}. */
  void add(Context ctx, Principal caller) {
    CommentRequest body = Json.read(ctx, CommentRequest.class);
    String text = TextFields.required("text", body.text(), TextFields.DOCUMENT);
    CommentView view =
        context
            .db()
            .transaction(
                tx -> {
                  ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
                  Finding finding = FindingAccess.finding(tx, ref, ctx);
                  FindingAccess.requireParticipant(tx, caller, ref, finding);
                  FindingAttachment attachment =
                      body.attachment() == null
                          ? null
                          : ownAttachment(tx, caller, finding, body.attachment());
                  FindingComment comment =
                      Findings.comments(tx)
                          .add(
                              finding.id(),
                              caller.requireUserId(),
                              text,
                              attachment == null ? null : attachment.id());
                  events.commented(tx, caller.requireUserId(), ref, finding, comment);
                  return view(tx, findings.views(tx, caller, ref), finding, comment);
                });
    ctx.status(201).json(view);
  }

  /** {@code GET …/findings/{finding}/comments}: oldest first. */
  void list(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              FindingViews views = findings.views(tx, caller, ref);
              Page<FindingComment> page =
                  Findings.comments(tx).listByFinding(finding.id(), request);
              return new CommentList(
                  page.items().stream().map(comment -> view(tx, views, finding, comment)).toList(),
                  page.next().orElse(null));
            }));
  }

  private static CommentView view(
      Repositories tx, FindingViews views, Finding finding, FindingComment comment) {
    AttachmentView attachment =
        comment.attachmentId() == null
            ? null
            : Findings.attachments(tx)
                .find(comment.attachmentId())
                .map(
                    found ->
                        AttachmentView.of(
                            tx,
                            views.findingsPath() + "/" + finding.id(),
                            found,
                            views.seesRedacted() || finding.redaction() == null
                                ? null
                                : finding.redaction().evidence()))
                .orElse(null);
    return CommentView.of(tx, comment, attachment);
  }

  /**
   * The attachment {@code id} of {@code finding} uploaded by {@code caller} and not yet with a
   * comment.
   *
   * @throws ApiException 400 naming the field {@code attachment} otherwise
   */
  private static FindingAttachment ownAttachment(
      Repositories tx, Principal caller, Finding finding, String id) {
    FindingAttachment attachment =
        Findings.attachments(tx)
            .find(id)
            .filter(found -> found.findingId().equals(finding.id()))
            .filter(found -> found.uploadedBy().equals(caller.requireUserId()))
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "invalid_value",
                        "attachment '"
                            + FindingAccess.printable(id)
                            + "' is not a file you attached to this finding",
                        Map.of("field", "attachment"),
                        "Upload the file first (POST …/findings/"
                            + finding.id()
                            + "/attachments?name=…) and give the id it returns."));
    if (Findings.comments(tx).attachmentUsed(attachment.id())) {
      throw ApiException.badRequest(
          "invalid_value",
          "attachment '" + attachment.id() + "' already goes with another comment",
          Map.of("field", "attachment"),
          "Upload the file again for this comment.");
    }
    return attachment;
  }
}
