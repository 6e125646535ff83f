package dev.clearance.server.identity;

import dev.clearance.store.identity.RoleGrant;

/**
 * A registry role held by a user.
 *
 * @param user the holder's handle
 * @param role {@code steward}, {@code evaluator} or {@code auditor}
 * @param grantedAt ISO-8601 instant
 */
public record RoleView(String user, String role, String grantedAt) {

  static RoleView of(String handle, RoleGrant grant) {
    return new RoleView(handle, grant.role().code(), grant.grantedAt().toString());
  }
}
