package dev.clearance.server.jobs;

import dev.clearance.store.Database;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the registry's background jobs so that, with several instances against one database, each
 * job runs on one instance at a time (OPS-1): before each run the instance takes the job's lease in
 * the database ({@code job_leases}); an instance that finds the lease held by another live instance
 * skips that run. A crashed holder's lease expires after the job's period.
 */
public final class BackgroundJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

  private final Database db;
  private final List<BackgroundJob> jobs;
  private final String instance;
  private ScheduledExecutorService scheduler;

  /**
   * @param instance this instance's name in the lease table (unique per process)
   */
  public BackgroundJobs(Database db, List<BackgroundJob> jobs, String instance) {
    this.db = Objects.requireNonNull(db, "db");
    this.jobs = List.copyOf(jobs);
    this.instance = Objects.requireNonNull(instance, "instance");
  }

  /** Jobs under a random instance name. */
  public BackgroundJobs(Database db, List<BackgroundJob> jobs) {
    this(db, jobs, "instance-" + UUID.randomUUID());
  }

  /**
   * Runs {@code job} now if this instance gets its lease.
   *
   * @return true when it ran here
   */
  public boolean runOnce(BackgroundJob job) {
    boolean leased =
        db.transaction(
            tx -> {
              if (tx.jobLeases().tryAcquire(job.name(), instance, job.every()).isEmpty()) {
                return false;
              }
              logHandled(job, job.work().applyAsInt(tx));
              return true;
            });
    if (leased) {
      logHandled(job, job.afterCommit().applyAsInt(db));
    }
    return leased;
  }

  /**
   * Runs the job named {@code name} now if this instance gets its lease (tests and operators).
   *
   * @return true when it ran here
   * @throws IllegalArgumentException if no job has that name
   */
  public boolean runOnce(String name) {
    return runOnce(
        jobs.stream()
            .filter(job -> job.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no background job '" + name + "'")));
  }

  private void logHandled(BackgroundJob job, int handled) {
    if (handled > 0) {
      LOG.info("job={} handled={} instance={}", job.name(), handled, instance);
    }
  }

  /** Starts running every job at its period on a daemon thread. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "clearance-jobs");
              thread.setDaemon(true);
              return thread;
            });
    for (BackgroundJob job : jobs) {
      long period = job.every().toMillis();
      scheduler.scheduleWithFixedDelay(() -> runSafely(job), period, period, TimeUnit.MILLISECONDS);
    }
  }

  private void runSafely(BackgroundJob job) {
    try {
      runOnce(job);
    } catch (RuntimeException e) {
      LOG.warn("job={} failed and runs again at its next period", job.name(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }
}
