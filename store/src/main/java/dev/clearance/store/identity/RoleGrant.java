package dev.clearance.store.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A global role held by a user.
 *
 * @param grantedBy the steward who granted it, or {@code null} (bootstrap)
 * @param expiresAt when the grant ends, or {@code null} for no end
 */
public record RoleGrant(
    String userId, GlobalRole role, String grantedBy, Instant grantedAt, Instant expiresAt) {

  /** Checks that no required field is missing. */
  public RoleGrant {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(grantedAt, "grantedAt");
  }

  /** Whether the grant holds at {@code now}. */
  public boolean isActiveAt(Instant now) {
    return expiresAt == null || now.isBefore(expiresAt);
  }
}
