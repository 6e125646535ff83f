package dev.clearance.server.jobs;

import dev.clearance.store.Repositories;
import java.time.Duration;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Periodic work of the registry, e.g. removing expired sessions.
 *
 * @param name unique name, also the name of its database lease
 * @param every how often it runs, cluster-wide
 * @param work runs in one transaction and returns how many items it handled (for the log)
 */
public record BackgroundJob(String name, Duration every, ToIntFunction<Repositories> work) {

  public BackgroundJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(work, "work");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("a job's period must be positive");
    }
  }
}
