package dev.clearance.store.release;

import java.time.Instant;
import java.util.Objects;

/**
 * A model of an organization; its name is unique within the organization.
 *
 * @param version optimistic-concurrency version, 1 when created
 */
public record Model(
    String id,
    String orgId,
    String name,
    String displayName,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Checks that no field is missing. */
  public Model {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
