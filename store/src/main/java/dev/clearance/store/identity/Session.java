package dev.clearance.store.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser session. The session secret and CSRF token are not stored, only their
 * SHA-256; {@code idHash} identifies the row.
 */
public record Session(String idHash, String userId, Instant createdAt, Instant expiresAt) {

  /** Checks that no field is missing. */
  public Session {
    Objects.requireNonNull(idHash, "idHash");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
