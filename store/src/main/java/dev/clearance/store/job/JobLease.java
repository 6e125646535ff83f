package dev.clearance.store.job;

import java.time.Instant;
import java.util.Objects;

/**
 * The lease on a named job: {@code holder} may run it until {@code expiresAt}.
 *
 * @param version increments on every acquisition and renewal
 */
public record JobLease(
    String name, String holder, Instant acquiredAt, Instant expiresAt, long version) {

  /** Checks that no field is missing. */
  public JobLease {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(acquiredAt, "acquiredAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
