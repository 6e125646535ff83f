package dev.clearance.server.finding;

import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Notes findings whose response deadline passed unanswered (REV-5): each becomes a {@link
 * FindingEvents#overdue} event once (again after a sustained contest sets a new deadline). Stewards
 * see the overdue findings any time in {@code GET /api/v1/review/overdue}.
 */
public final class OverdueFindingsJob {

  /** The job's name and lease. */
  public static final String NAME = "overdue-findings";

  /** Most findings noted per run; the rest wait for the next run. */
  static final int BATCH = 200;

  private final FindingEvents events;

  private OverdueFindingsJob(FindingEvents events) {
    this.events = events;
  }

  /** The job, every 15 minutes, with events in {@code context}'s audit log. */
  public static BackgroundJob of(RegistryContext context) {
    OverdueFindingsJob job =
        new OverdueFindingsJob(new FindingEvents(context.audit(), context.notifier()));
    return new BackgroundJob(NAME, Duration.ofMinutes(15), job::run);
  }

  /** Notes the findings overdue at the store's clock; returns how many. */
  int run(Repositories tx) {
    Instant now = tx.clock().instant();
    List<Finding> overdue = Findings.findings(tx).listNewlyOverdue(now, BATCH);
    int noted = 0;
    for (Finding finding : overdue) {
      if (Findings.findings(tx).noteOverdue(finding.id())) {
        events.overdue(tx, ReleaseRef.read(tx, finding.releaseId()), finding);
        noted++;
      }
    }
    return noted;
  }
}
