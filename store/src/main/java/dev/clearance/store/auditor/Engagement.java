package dev.clearance.store.auditor;

import java.time.Instant;
import java.util.Objects;

/**
 * A releasing organization's engagement of an auditor for one release (REV-6), and the audit report
 * the auditor filed for it (stored in the blob store by its SHA-256).
 *
 * @param firmId the auditor's firm when the engagement was requested
 * @param scope what the organization asks the auditor to audit
 * @param requestedBy the releaser who asked
 * @param decisionReason the auditor's reason for declining, or {@code null}
 * @param decidedAt when the auditor answered, or {@code null}
 * @param reportName the file name of the current report, or {@code null} before one is filed
 * @param reportSha256 its SHA-256 (lowercase hex), or {@code null}
 * @param reportSize its size in bytes, or {@code null}
 * @param reportAt when it was filed, or {@code null}
 * @param version optimistic-concurrency version, 1 when created
 */
public record Engagement(
    String id,
    String releaseId,
    String auditorId,
    String firmId,
    String scope,
    EngagementStatus status,
    String requestedBy,
    String decisionReason,
    Instant decidedAt,
    String reportName,
    String reportSha256,
    Long reportSize,
    Instant reportAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Engagement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(auditorId, "auditorId");
    Objects.requireNonNull(firmId, "firmId");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** Whether the auditor filed a report. */
  public boolean hasReport() {
    return reportSha256 != null;
  }
}
