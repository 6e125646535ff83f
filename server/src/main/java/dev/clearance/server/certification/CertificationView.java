package dev.clearance.server.certification;

import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.certification.Certification;
import dev.clearance.store.certification.ComplianceEvidence;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import java.time.Instant;

/**
 * A certification as the API shows it.
 *
 * @param status {@code requested}, {@code certified}, {@code expired} (certified, validity over),
 *     {@code declined}, {@code revoked} or {@code withdrawn}
 * @param policy the framework version attested, e.g. {@code rrf@2025.1}
 * @param requestedBy the handle of the organization admin who attested
 * @param decidedBy the handle of the steward who certified or declined, if any
 * @param validUntil ISO-8601 end of validity of a certification, if certified
 * @param endedBy the handle of who revoked or withdrew, if any
 * @param reason why it was declined, revoked or withdrawn, if so
 * @param version the revision, also the ETag
 * @param evidence the organization's releases and their checks under the version, for stewards and
 *     the organization's members only
 */
public record CertificationView(
    String id,
    String org,
    String policy,
    String statement,
    String status,
    String requestedBy,
    String requestedAt,
    String decidedBy,
    String decidedAt,
    String validUntil,
    String endedBy,
    String endedAt,
    String reason,
    long version,
    ComplianceEvidence evidence) {

  /** {@code certification} as {@code caller} sees it at {@code now}. */
  static CertificationView of(
      Repositories tx, Certification certification, Instant now, Principal caller) {
    return of(
        tx,
        certification,
        tx.organizations().find(certification.orgId()).orElseThrow(),
        now,
        caller);
  }

  /** As above, with the certification's organization read already. */
  static CertificationView of(
      Repositories tx,
      Certification certification,
      Organization org,
      Instant now,
      Principal caller) {
    ComplianceEvidence evidence =
        Certifications.seesAll(caller, org)
            ? Certifications.repository(tx)
                .evidence(org.id(), certification.policyId(), certification.policyVersion())
            : null;
    return new CertificationView(
        certification.id(),
        org.slug(),
        certification.policyId() + "@" + certification.policyVersion(),
        certification.statement(),
        certification.isExpired(now) ? "expired" : certification.status().code(),
        handle(tx, certification.requestedBy()),
        text(certification.requestedAt()),
        handle(tx, certification.decidedBy()),
        text(certification.decidedAt()),
        text(certification.validUntil()),
        handle(tx, certification.endedBy()),
        text(certification.endedAt()),
        certification.reason(),
        certification.version(),
        evidence);
  }

  private static String handle(Repositories tx, String userId) {
    return userId == null ? null : tx.users().find(userId).map(User::handle).orElse(null);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
