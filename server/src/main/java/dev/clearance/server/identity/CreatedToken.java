package dev.clearance.server.identity;

import dev.clearance.store.identity.NewApiToken;

/**
 * A new API token. {@code token} is the secret: shown in this answer only, never again (the
 * registry keeps only its SHA-256).
 *
 * @param prefix the first characters of the secret, shown in token lists
 * @param expiresAt ISO-8601 instant, or absent for no expiry
 */
public record CreatedToken(String id, String name, String prefix, String expiresAt, String token) {

  static CreatedToken of(NewApiToken created) {
    return new CreatedToken(
        created.token().id(),
        created.token().name(),
        created.token().prefix(),
        created.token().expiresAt() == null ? null : created.token().expiresAt().toString(),
        created.secret());
  }

  /** Leaves the secret out. */
  @Override
  public String toString() {
    return "CreatedToken[id=" + id + ", name=" + name + "]";
  }
}
