package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLocks;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.Engagement;
import dev.clearance.store.auditor.EngagementStatus;
import dev.clearance.store.blob.BlobTooLargeException;
import dev.clearance.store.blob.FileNames;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.blob.UnsafeFileNameException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Audit reports (REV-6): the auditor of an accepted engagement uploads the report file ({@code PUT
 * /api/v1/me/engagements/{engagement}/report?name=report.pdf}, raw bytes), streamed into the blob
 * store with its SHA-256 and refused over {@link #MAX_REPORT_BYTES} (or the registry's smaller
 * upload limit) with nothing kept; a new upload replaces the engagement's report ({@code
 * engagement.report}). Whoever may see the release downloads it.
 */
final class ReportHandlers {

  /** The largest audit report accepted, unless the registry's upload limit is smaller. */
  static final long MAX_REPORT_BYTES = 64L << 20;

  private final RegistryContext context;

  ReportHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code PUT /api/v1/me/engagements/{engagement}/report?name=N}: the stored report. */
  void upload(Context ctx, Principal caller) throws IOException {
    String name = reportName(ctx.queryParam("name"));
    context
        .db()
        .withHandle(
            handle ->
                requireAccepted(Own.engagement(context.db().repositories(handle), caller, ctx)));
    requireOctetStream(ctx);
    long limit = Math.min(MAX_REPORT_BYTES, context.maxUploadBytes());
    if (ctx.req().getContentLengthLong() > limit) {
      throw ApiException.tooLarge("audit report '" + name + "'", limit);
    }
    StoredBlob blob;
    try (InputStream body = ctx.req().getInputStream()) {
      blob = context.blobs().put(name, body, limit);
    } catch (BlobTooLargeException e) {
      throw ApiException.tooLarge("audit report '" + name + "'", e.limit());
    }
    Engagement filed;
    try {
      filed =
          context
              .db()
              .transaction(
                  tx -> {
                    tx.audit().lockTree();
                    Engagement engagement = requireAccepted(Own.engagement(tx, caller, ctx));
                    ReleaseRef release =
                        ReleaseLocks.lock(tx, Lookups.release(tx, engagement.releaseId()));
                    Auditor auditor =
                        Auditors.auditors(tx).find(engagement.auditorId()).orElseThrow();
                    Eligibility.require(tx, auditor, release.org(), context.clock().instant());
                    Engagement changed =
                        Auditors.engagements(tx)
                            .fileReport(
                                engagement.id(),
                                engagement.version(),
                                name,
                                blob.sha256(),
                                blob.size());
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("report", name);
                    details.put("sha256", blob.sha256());
                    details.put("size", blob.size());
                    AuditorEvents.engagement(
                        context,
                        tx,
                        caller,
                        "engagement.report",
                        release,
                        changed,
                        engagement.status().code(),
                        null,
                        details);
                    return changed;
                  });
    } catch (StaleVersionException raced) {
      throw ApiException.conflict(
          "concurrent_change",
          "the engagement changed while the report was uploaded",
          Map.of(),
          "Read the engagement again and repeat the upload.");
    }
    ctx.json(ReportView.of(filed));
  }

  /** {@code GET …/releases/{version}/engagements/{engagement}/report}: the report's bytes. */
  void download(Context ctx, Principal caller) throws IOException {
    Engagement engagement =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  ReleaseRef release = ReleaseLookup.release(tx, caller, ctx);
                  return Own.ofRelease(tx, release.release().id(), ctx);
                });
    if (!engagement.hasReport()) {
      throw ApiException.conflict(
          "no_report",
          "the auditor has filed no report for this engagement yet",
          Map.of("engagement", engagement.id(), "status", engagement.status().code()),
          "The auditor files it with PUT /api/v1/me/engagements/" + engagement.id() + "/report.");
    }
    String base = engagement.reportName().replace("\"", "_");
    ctx.contentType("application/octet-stream");
    ctx.header("Content-Disposition", "attachment; filename=\"" + base + "\"");
    ctx.header("X-Content-SHA256", engagement.reportSha256());
    ctx.result(context.blobs().open(engagement.reportSha256()));
  }

  static Engagement requireAccepted(Engagement engagement) {
    if (engagement.status() != EngagementStatus.ACCEPTED) {
      throw ApiException.conflict(
          "engagement_not_accepted",
          "the engagement is "
              + engagement.status().code()
              + "; only an accepted one takes a"
              + " report and an attestation",
          Map.of("status", engagement.status().code()),
          "Accept it first: POST /api/v1/me/engagements/" + engagement.id() + "/accept.");
    }
    return engagement;
  }

  private static String reportName(String name) {
    String problem = null;
    if (name == null || name.isBlank()) {
      problem = "query parameter 'name' is missing";
    } else if (name.contains("/")) {
      problem = "query parameter 'name' must be a file name without folders";
    } else {
      try {
        FileNames.check(name);
      } catch (UnsafeFileNameException unsafe) {
        problem = "query parameter 'name' is not a safe file name: " + unsafe.getMessage();
      }
    }
    if (problem != null) {
      throw ApiException.badRequest(
          "invalid_parameter",
          problem,
          Map.of("parameter", "name"),
          "Send PUT …/report?name=report.pdf with the file's bytes.");
    }
    return name;
  }

  private static void requireOctetStream(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
      throw new ApiException(
          415,
          new ApiError(
              "unsupported_media_type",
              "an audit report is uploaded as raw bytes with Content-Type"
                  + " application/octet-stream, not "
                  + (type == null ? "no Content-Type" : "'" + type + "'"),
              Map.of(),
              "Send the file's bytes as the body with Content-Type: application/octet-stream."));
    }
  }
}
