package dev.clearance.server.audit;

import dev.clearance.server.jobs.BackgroundJob;
import java.time.Duration;

/**
 * Integrates audit events left in the queue, under the job's lease (one instance at a time).
 * Normally the transaction that queued an event integrates it right after its commit; this job
 * catches the ones whose instance died between the two, or whose integration failed, and the server
 * does the same once at start-up.
 */
public final class AuditQueueJob {

  /** The job's name and lease. */
  public static final String NAME = "audit-queue";

  /** How often it runs, cluster-wide. */
  static final Duration EVERY = Duration.ofSeconds(30);

  private AuditQueueJob() {}

  /** The job over {@code sequencer}, outside any transaction of its own. */
  public static BackgroundJob of(LogSequencer sequencer) {
    return BackgroundJob.outsideTransaction(NAME, EVERY, db -> sequencer.integrateAll());
  }
}
