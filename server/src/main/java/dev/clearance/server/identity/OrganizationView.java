package dev.clearance.server.identity;

import dev.clearance.store.identity.Organization;

/**
 * An organization as anyone may see it.
 *
 * @param id opaque id, the subject of its audit log entries
 * @param version optimistic-concurrency version, also sent as {@code ETag}
 */
public record OrganizationView(
    String id, String slug, String displayName, String createdAt, String updatedAt, long version) {

  static OrganizationView of(Organization org) {
    return new OrganizationView(
        org.id(),
        org.slug(),
        org.displayName(),
        org.createdAt().toString(),
        org.updatedAt().toString(),
        org.version());
  }
}
