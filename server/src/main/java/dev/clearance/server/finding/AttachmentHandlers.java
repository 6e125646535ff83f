package dev.clearance.server.finding;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.blob.BlobTooLargeException;
import dev.clearance.store.blob.FileNames;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.blob.UnsafeFileNameException;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingAttachment;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence and follow-up files of a finding (REV-4): review participants upload them as raw bytes,
 * streamed into the blob store while hashed (SHA-256) and counted, refused over the size limit with
 * nothing kept; whoever may see the finding downloads them, except that the public gets a 403
 * {@code redacted} for the attachments of a finding whose evidence a steward redacted.
 */
final class AttachmentHandlers {

  /** Largest attachment, in bytes, when the server's upload limit is larger. */
  static final long MAX_BYTES = 256L << 20;

  /** Most attachments of one finding. */
  static final int MAX_PER_FINDING = 100;

  private final RegistryContext context;
  private final FindingEvents events;

  AttachmentHandlers(RegistryContext context, FindingEvents events) {
    this.context = context;
    this.events = events;
  }

  /** {@code POST …/findings/{finding}/attachments?name=N} with the raw bytes. */
  void upload(Context ctx, Principal caller) throws IOException {
    // Visibility and the right to add come first: nothing is read for a caller without them.
    StoreReads.read(context.db(), tx -> participant(tx, caller, ctx));
    String name = name(ctx.queryParam("name"));
    requireOctetStream(ctx);
    long limit = Math.min(MAX_BYTES, context.maxUploadBytes());
    if (ctx.req().getContentLengthLong() > limit) {
      throw ApiException.tooLarge("attachment '" + name + "'", limit);
    }
    StoredBlob blob;
    try (InputStream body = ctx.req().getInputStream()) {
      blob = context.blobs().put(name, body, limit);
    } catch (BlobTooLargeException e) {
      throw ApiException.tooLarge("attachment '" + name + "'", e.limit());
    }
    AttachmentView view =
        context
            .db()
            .transaction(
                tx -> {
                  Target target = participant(tx, caller, ctx);
                  Finding finding = target.finding();
                  ReleaseRef ref = target.ref();
                  int count = Findings.attachments(tx).listByFinding(finding.id()).size();
                  if (count >= MAX_PER_FINDING) {
                    throw ApiException.conflict(
                        "too_many_attachments",
                        "the finding has " + count + " attachments; at most " + MAX_PER_FINDING,
                        Map.of("limit", MAX_PER_FINDING),
                        "Bundle further files into one archive.");
                  }
                  FindingAttachment attachment =
                      Findings.attachments(tx)
                          .add(finding.id(), caller.requireUserId(), name, blob);
                  events.attached(tx, caller.requireUserId(), ref, finding, attachment);
                  return AttachmentView.of(
                      tx, FindingViews.findingsPath(ref) + "/" + finding.id(), attachment, null);
                });
    ctx.status(201).json(view);
  }

  /** {@code GET …/findings/{finding}/attachments/{attachment}}: the file's bytes. */
  void download(Context ctx, Principal caller) throws IOException {
    FindingAttachment attachment =
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              String id = ctx.pathParam("attachment");
              FindingAttachment found =
                  Findings.attachments(tx)
                      .find(id)
                      .filter(candidate -> candidate.findingId().equals(finding.id()))
                      .orElseThrow(
                          () ->
                              ApiException.notFound(
                                  "attachment '"
                                      + FindingAccess.printable(id)
                                      + "' of finding "
                                      + finding.id()));
              if (finding.redaction() != null
                  && finding.redaction().evidence() != null
                  && !FindingAccess.seesRedacted(tx, caller, ref)) {
                throw new ApiException(
                    403,
                    new ApiError(
                        "redacted",
                        FindingView.redactedText(finding.redaction().evidence()),
                        Map.of("attachment", found.id()),
                        "A steward marked this finding's evidence as hazardous; it stays with"
                            + " the organization, stewards and granted evaluators."));
              }
              return found;
            });
    String base = attachment.name().replace("\"", "_");
    ctx.contentType("application/octet-stream");
    ctx.header("Content-Disposition", "attachment; filename=\"" + base + "\"");
    ctx.header("X-Content-SHA256", attachment.sha256());
    ctx.result(context.blobs().open(attachment.sha256()));
  }

  /** The finding of the path and its release. */
  private record Target(ReleaseRef ref, Finding finding) {}

  /** The finding of the path, if the caller may add to it (404 or 403 otherwise). */
  private static Target participant(Repositories tx, Principal caller, Context ctx) {
    ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
    Finding finding = FindingAccess.finding(tx, ref, ctx);
    FindingAccess.requireParticipant(tx, caller, ref, finding);
    return new Target(ref, finding);
  }

  private static String name(String name) {
    try {
      FileNames.check(name);
      if (name.contains("/")) {
        throw new UnsafeFileNameException(name, "it contains '/'; give a plain file name");
      }
      return name;
    } catch (UnsafeFileNameException e) {
      throw ApiException.badRequest(
          "invalid_name",
          name == null
              ? "the query parameter 'name' is missing; give the file's name"
              : "attachment name refused: " + e.getMessage(),
          Map.of("parameter", "name"),
          "Give a plain file name such as outputs.jsonl: no '/', '\\\\', ':' or control"
              + " characters, at most "
              + FileNames.MAX_LENGTH
              + " characters.");
    }
  }

  private static void requireOctetStream(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
      throw new ApiException(
          415,
          new ApiError(
              "unsupported_media_type",
              "an attachment is uploaded as raw bytes with Content-Type application/octet-stream,"
                  + " not "
                  + (type == null ? "no Content-Type" : "'" + type + "'"),
              Map.of(),
              "Send the file's bytes as the body with Content-Type: application/octet-stream."));
    }
  }
}
