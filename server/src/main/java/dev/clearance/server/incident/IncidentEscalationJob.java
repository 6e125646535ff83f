package dev.clearance.server.incident;

import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.incident.Incident;
import java.time.Duration;
import java.time.Instant;

/**
 * Escalates incidents whose acknowledgement is overdue to the stewards (LIFE-2): each becomes an
 * {@code incident.escalate} audit entry and an {@code incident_escalated} notification once, and an
 * escalation step the reporter reads. Stewards see every overdue incident any time in {@code GET
 * /api/v1/incidents?status=overdue}.
 */
public final class IncidentEscalationJob {

  /** The job's name and lease. */
  public static final String NAME = "incident-escalation";

  /** Most incidents escalated per run; the rest wait for the next run. */
  static final int BATCH = 200;

  private final IncidentEvents events;

  private IncidentEscalationJob(IncidentEvents events) {
    this.events = events;
  }

  /** The job, every 5 minutes (the shortest acknowledgement deadline is in hours). */
  public static BackgroundJob of(RegistryContext context) {
    IncidentEscalationJob job =
        new IncidentEscalationJob(new IncidentEvents(context.audit(), context.notifier()));
    return new BackgroundJob(NAME, Duration.ofMinutes(5), job::run);
  }

  /** Escalates the incidents overdue at the store's clock; returns how many. */
  int run(Repositories tx) {
    Instant now = tx.clock().instant();
    int escalated = 0;
    for (Incident incident : Incidents.repository(tx).listUnescalatedOverdue(now, BATCH)) {
      boolean marked =
          Incidents.repository(tx)
              .markEscalated(
                  incident.id(),
                  "Not acknowledged by "
                      + incident.acknowledgeBy()
                      + "; the registry's stewards were told.");
      if (marked) {
        events.escalated(
            tx,
            ReleaseRef.read(tx, incident.releaseId()),
            incident,
            "it was not acknowledged by " + incident.acknowledgeBy());
        escalated++;
      }
    }
    return escalated;
  }
}
