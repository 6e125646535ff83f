package dev.clearance.store.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * A report of harm caused by a released model, or a dispute of one of its outputs (LIFE-2), and
 * where its handling stands.
 *
 * @param id UUIDv7 text; names the incident to the organization, the stewards and the audit log
 * @param releaseId the release reported
 * @param kind the policy's incident kind, e.g. {@code harm}
 * @param severity the policy's severity: as reported, then as the organization acknowledged it
 * @param summary one line, as reported
 * @param details what happened, as reported
 * @param remedy what the reporter asks for, or {@code null}
 * @param reporterId the signed-in reporter, or {@code null} for an anonymous report
 * @param acknowledgeBy when acknowledgement is due (from the reported severity)
 * @param resolveBy when resolution is due (from the current severity)
 * @param escalatedAt when the stewards were told, or {@code null}
 * @param resolution what the organization did, or why it rejected the report; {@code null} while
 *     open
 * @param version optimistic-concurrency version, 1 when reported
 */
public record Incident(
    String id,
    String releaseId,
    String kind,
    String severity,
    String summary,
    String details,
    String remedy,
    String reporterId,
    IncidentStatus status,
    Instant reportedAt,
    Instant acknowledgeBy,
    Instant resolveBy,
    Instant acknowledgedAt,
    String acknowledgedBy,
    Instant escalatedAt,
    Instant closedAt,
    String closedBy,
    String resolution,
    long version) {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reportedAt, "reportedAt");
    Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
    Objects.requireNonNull(resolveBy, "resolveBy");
  }

  /** Whether it waits for acknowledgement past its deadline at {@code now}. */
  public boolean acknowledgementOverdue(Instant now) {
    return status == IncidentStatus.RECEIVED && !now.isBefore(acknowledgeBy);
  }

  /** Whether it is still open past its resolution deadline at {@code now}. */
  public boolean resolutionOverdue(Instant now) {
    return status.isOpen() && !now.isBefore(resolveBy);
  }

  /** When it was first answered: acknowledged, or closed without acknowledgement; else null. */
  public Instant answeredAt() {
    return acknowledgedAt != null ? acknowledgedAt : closedAt;
  }

  /** Whether it was acknowledged (or closed without acknowledgement) after its deadline. */
  public boolean acknowledgedLate() {
    Instant answered = answeredAt();
    return answered != null && answered.isAfter(acknowledgeBy);
  }

  /** Whether it was closed after its resolution deadline. */
  public boolean closedLate() {
    return closedAt != null && closedAt.isAfter(resolveBy);
  }
}
