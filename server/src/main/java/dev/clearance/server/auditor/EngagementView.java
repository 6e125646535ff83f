package dev.clearance.server.auditor;

import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.Engagement;
import java.util.List;

/**
 * An engagement of an auditor for a release as the API shows it, to the releasing organization,
 * stewards and the auditor (and to everyone once the release has been public).
 *
 * @param id the engagement's id (the auditor answers and files under {@code
 *     /api/v1/me/engagements/{id}})
 * @param status {@code requested}, {@code accepted}, {@code declined} or {@code withdrawn}
 * @param report the current audit report, absent before one is filed
 * @param attestations the verified attestations, oldest first
 */
public record EngagementView(
    String id,
    String org,
    String model,
    String version,
    String auditor,
    String firm,
    String scope,
    String status,
    String requestedBy,
    String requestedAt,
    String decidedAt,
    String decisionReason,
    ReportView report,
    List<AttestationView> attestations,
    long revision) {

  public EngagementView {
    attestations = List.copyOf(attestations);
  }

  static EngagementView of(Repositories tx, Engagement engagement, ReleaseRef release) {
    String current = release.release().rootDigest();
    List<AttestationView> attestations =
        Auditors.attestations(tx).listByRelease(engagement.releaseId()).stream()
            .filter(attestation -> attestation.engagementId().equals(engagement.id()))
            .map(
                attestation ->
                    AttestationView.of(
                        attestation,
                        current,
                        AttestationView.keyName(Auditors.keys(tx).find(attestation.keyId()))))
            .toList();
    return new EngagementView(
        engagement.id(),
        release.org().slug(),
        release.model().name(),
        release.release().versionLabel(),
        Lookups.handle(tx, engagement.auditorId()),
        Lookups.firmSlug(tx, engagement.firmId()),
        engagement.scope(),
        engagement.status().code(),
        Lookups.handle(tx, engagement.requestedBy()),
        engagement.createdAt().toString(),
        engagement.decidedAt() == null ? null : engagement.decidedAt().toString(),
        engagement.decisionReason(),
        ReportView.of(engagement),
        attestations,
        engagement.version());
  }
}
