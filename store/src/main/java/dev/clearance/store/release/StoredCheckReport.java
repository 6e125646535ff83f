package dev.clearance.store.release;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of running the checker on a release, kept with the policy version it used.
 *
 * @param reportJson the JSON report as written by the core report writer
 * @param filesDigest a digest over the names and SHA-256 of the uploaded files the report was made
 *     from (so a later change of the files is noticed), or {@code null} if not recorded
 */
public record StoredCheckReport(
    String id,
    String releaseId,
    String policyId,
    String policyVersion,
    boolean passed,
    String reportJson,
    String filesDigest,
    Instant createdAt) {

  /** Checks that no field is missing. */
  public StoredCheckReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(reportJson, "reportJson");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
