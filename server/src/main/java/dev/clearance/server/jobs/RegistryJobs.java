package dev.clearance.server.jobs;

import java.time.Duration;
import java.util.List;

/** The registry's background jobs. */
public final class RegistryJobs {

  private RegistryJobs() {}

  public static List<BackgroundJob> all() {
    return List.of(
        new BackgroundJob(
            "expired-sessions", Duration.ofMinutes(10), tx -> tx.sessions().deleteExpired()));
  }
}
