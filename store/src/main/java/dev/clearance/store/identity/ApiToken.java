package dev.clearance.store.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token's stored facts; the secret itself is never stored (only its SHA-256).
 *
 * @param prefix the first characters of the secret (e.g. {@code clr_AbCdEfGh}), shown in lists so
 *     people can tell tokens apart
 * @param lastUsedAt or {@code null} if never used (updated at most once a minute)
 * @param expiresAt or {@code null} for no expiry
 * @param revokedAt or {@code null} if not revoked
 * @param version optimistic-concurrency version, 1 when created
 */
public record ApiToken(
    String id,
    String userId,
    String name,
    String prefix,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    Instant revokedAt,
    long version) {

  /** Checks that no required field is missing. */
  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the token has expired at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
