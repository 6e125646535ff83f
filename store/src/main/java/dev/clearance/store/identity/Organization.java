package dev.clearance.store.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * An organization that releases models.
 *
 * @param id UUIDv7 text
 * @param slug the unique short name used in URLs, see {@link dev.clearance.store.Names#checkSlug}
 * @param displayName the name shown to people
 * @param version optimistic-concurrency version, 1 when created
 */
public record Organization(
    String id,
    String slug,
    String displayName,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Checks that no field is missing. */
  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
