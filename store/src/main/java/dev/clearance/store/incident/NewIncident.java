package dev.clearance.store.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reporter files, with the deadlines the policy gives its severity.
 *
 * @param reporterId the signed-in reporter, or {@code null}
 * @param remedy what the reporter asks for, or {@code null}
 */
public record NewIncident(
    String releaseId,
    String kind,
    String severity,
    String summary,
    String details,
    String remedy,
    String reporterId,
    Instant acknowledgeBy,
    Instant resolveBy) {

  public NewIncident {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
    Objects.requireNonNull(resolveBy, "resolveBy");
  }
}
