package dev.clearance.store.certification;

import java.time.Instant;
import java.util.Objects;

/**
 * An organization's attestation of compliance with a framework version and the stewards' decision
 * on it (ACC-2).
 *
 * @param id UUIDv7 text
 * @param policyId the framework's policy id, e.g. {@code rrf}
 * @param policyVersion the framework version attested, e.g. {@code 2025.1}
 * @param statement the organization's attestation, as written
 * @param decidedBy the steward who certified or declined, or {@code null}
 * @param validUntil the end of validity of a certification, or {@code null}
 * @param endedBy who revoked or withdrew, or {@code null}
 * @param reason why it was declined, revoked or withdrawn, or {@code null}
 * @param version optimistic-concurrency version, 1 when requested
 */
public record Certification(
    String id,
    String orgId,
    String policyId,
    String policyVersion,
    String statement,
    CertificationStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    Instant validUntil,
    String endedBy,
    Instant endedAt,
    String reason,
    long version) {

  public Certification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /** Whether this is a certification whose validity ended by {@code now}. */
  public boolean isExpired(Instant now) {
    return status == CertificationStatus.CERTIFIED
        && validUntil != null
        && !now.isBefore(validUntil);
  }

  /** Whether this is a certification that holds at {@code now}. */
  public boolean holds(Instant now) {
    return status == CertificationStatus.CERTIFIED && !isExpired(now);
  }
}
