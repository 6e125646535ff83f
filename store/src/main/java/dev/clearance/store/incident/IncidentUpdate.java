package dev.clearance.store.incident;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of an incident after its report, with the note the reporter reads.
 *
 * @param authorId who wrote it, or {@code null} for the registry itself (escalation)
 * @param severity the incident's severity after this step
 */
public record IncidentUpdate(
    String id,
    String incidentId,
    String authorId,
    Step step,
    String severity,
    String note,
    Instant createdAt) {

  public IncidentUpdate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** What the step did. */
  public enum Step {
    ACKNOWLEDGED,
    UPDATE,
    RESOLVED,
    REJECTED,
    ESCALATED;

    /** The stored and wire name, e.g. {@code acknowledged}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Step fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
