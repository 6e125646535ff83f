package dev.clearance.store.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership of an organization.
 *
 * @param version optimistic-concurrency version, 1 when created
 */
public record Membership(
    String userId, String orgId, OrgRole role, Instant createdAt, Instant updatedAt, long version) {

  /** Checks that no field is missing. */
  public Membership {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
