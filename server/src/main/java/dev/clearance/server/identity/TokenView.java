package dev.clearance.server.identity;

import dev.clearance.store.identity.ApiToken;
import java.time.Instant;

/**
 * An API token in a list: what it is called and its state, never its secret.
 *
 * @param status {@code active}, {@code expired} or {@code revoked}
 * @param lastUsedAt ISO-8601 instant (to the minute), absent if never used
 */
public record TokenView(
    String id,
    String name,
    String prefix,
    String status,
    String createdAt,
    String lastUsedAt,
    String expiresAt,
    String revokedAt) {

  static TokenView of(ApiToken token, Instant now) {
    String status =
        token.revokedAt() != null ? "revoked" : token.isExpiredAt(now) ? "expired" : "active";
    return new TokenView(
        token.id(),
        token.name(),
        token.prefix(),
        status,
        token.createdAt().toString(),
        text(token.lastUsedAt()),
        text(token.expiresAt()),
        text(token.revokedAt()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
