package dev.clearance.server.auditor;

import dev.clearance.artifacts.signing.Bundle;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.document.InputException;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.notify.ReleaseName;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLocks;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditAttestation;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.Engagement;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.identity.GlobalRole;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit attestations (REV-6, ACC-4): the auditor of an accepted engagement files the signed bundle
 * that {@code clearance attest} wrote ({@code POST
 * /api/v1/me/engagements/{engagement}/attestations}, the bundle JSON as body); the registry
 * verifies it ({@link AuditAttestationCheck}), checks again that the auditor may audit ({@link
 * Eligibility}), keeps the bundle in the blob store, records the facts ({@code attestation.file})
 * and notifies the organization and the stewards ({@code attestation_filed}). Whoever may see the
 * release downloads the latest bundle, for {@code clearance verify --attestation}.
 */
final class AttestationHandlers {

  private static final String SOURCE = "the attestation";

  private final RegistryContext context;

  AttestationHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code POST /api/v1/me/engagements/{engagement}/attestations}: 201 with the facts. */
  void file(Context ctx, Principal caller) throws IOException {
    byte[] body = ctx.bodyAsBytes();
    Bundle bundle;
    try {
      bundle = BundleJson.parse(body, SOURCE);
    } catch (InputException malformed) {
      throw ApiException.badRequest(
          "invalid_attestation",
          malformed.getMessage(),
          Map.of(),
          "Send the file clearance attest wrote (a Sigstore bundle, JSON) as the body.");
    }
    StoredBlob stored = context.blobs().put("attestation.sig", new ByteArrayInputStream(body));
    AttestationView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  Engagement engagement =
                      ReportHandlers.requireAccepted(Own.engagement(tx, caller, ctx));
                  ReleaseRef release =
                      ReleaseLocks.lock(tx, Lookups.release(tx, engagement.releaseId()));
                  Auditor auditor =
                      Auditors.auditors(tx).find(engagement.auditorId()).orElseThrow();
                  Eligibility.require(tx, auditor, release.org(), context.clock().instant());
                  String root = requireRootDigest(release);
                  requireReport(engagement);
                  AuditAttestationCheck.Verified verified =
                      new AuditAttestationCheck(SOURCE)
                          .verify(
                              bundle,
                              Auditors.keys(tx).listByAuditor(auditor.userId()),
                              engagement,
                              root,
                              Lookups.firmSlug(tx, engagement.firmId()),
                              caller.handle());
                  AuditAttestation added =
                      Auditors.attestations(tx)
                          .add(
                              engagement.id(),
                              release.release().id(),
                              verified.key().id(),
                              stored.sha256(),
                              verified.rootDigest(),
                              verified.predicate().result().wireName(),
                              verified.predicate().scope(),
                              verified.predicate().conditions(),
                              verified.predicate().reportSha256(),
                              verified.predicate().date());
                  Map<String, Object> details = new LinkedHashMap<>();
                  details.put("attestation", added.id());
                  details.put("result", added.result());
                  details.put("attestedDigest", added.rootDigest());
                  details.put("reportSha256", added.reportSha256());
                  details.put("bundleSha256", added.bundleSha256());
                  details.put("key", verified.key().id());
                  AuditorEvents.engagement(
                      context,
                      tx,
                      caller,
                      "attestation.file",
                      release,
                      engagement,
                      engagement.status().code(),
                      null,
                      details);
                  notifyFiled(tx, release, caller.handle(), added);
                  return AttestationView.of(added, root, verified.key().name());
                });
    ctx.status(201).json(view);
  }

  /** {@code GET …/releases/{version}/engagements/{engagement}/attestation}: the latest bundle. */
  void download(Context ctx, Principal caller) throws IOException {
    AuditAttestation latest =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  ReleaseRef release = ReleaseLookup.release(tx, caller, ctx);
                  Engagement engagement = Own.ofRelease(tx, release.release().id(), ctx);
                  return Auditors.attestations(tx).listByRelease(release.release().id()).stream()
                      .filter(a -> a.engagementId().equals(engagement.id()))
                      .max(Comparator.comparing(AuditAttestation::id))
                      .orElseThrow(
                          () ->
                              ApiException.conflict(
                                  "no_attestation",
                                  "the auditor has filed no attestation for this engagement yet",
                                  Map.of("engagement", engagement.id()),
                                  "The auditor files one with POST /api/v1/me/engagements/"
                                      + engagement.id()
                                      + "/attestations."));
                });
    ctx.contentType("application/json");
    ctx.header("Content-Disposition", "attachment; filename=\"audit.sig\"");
    ctx.header("X-Content-SHA256", latest.bundleSha256());
    ctx.result(context.blobs().open(latest.bundleSha256()));
  }

  /** Tells the release's organization and the stewards ({@code attestation_filed}). */
  private void notifyFiled(
      Repositories tx, ReleaseRef release, String auditor, AuditAttestation attestation) {
    ReleaseName name =
        new ReleaseName(
            release.org().slug(), release.model().name(), release.release().versionLabel());
    context
        .notifier()
        .notify(
            tx,
            NotificationEvent.about(
                NotificationKind.ATTESTATION_FILED,
                name,
                "Audit attestation filed for " + release.label(),
                "Auditor "
                    + auditor
                    + " attested result "
                    + attestation.result()
                    + " for root digest "
                    + attestation.rootDigest()
                    + ".\nGET "
                    + name.apiPath()
                    + "/engagements shows whether it lets the release be approved.",
                Recipients.organization(release.org().id())
                    .and(Recipients.role(GlobalRole.STEWARD))));
  }

  private static String requireRootDigest(ReleaseRef release) {
    String root = release.release().rootDigest();
    if (root == null) {
      throw ApiException.conflict(
          "no_root_digest",
          release.label() + " has no root digest yet: no check has verified its signature bundle",
          Map.of(),
          "The releasing organization uploads the model's signature bundle and runs the check;"
              + " then attest the root digest the release shows.");
    }
    return root;
  }

  private static void requireReport(Engagement engagement) {
    if (!engagement.hasReport()) {
      throw ApiException.conflict(
          "no_report",
          "file the audit report before the attestation that names it",
          Map.of("engagement", engagement.id()),
          "PUT /api/v1/me/engagements/"
              + engagement.id()
              + "/report?name=report.pdf with the report's bytes, then file the attestation.");
    }
  }
}
