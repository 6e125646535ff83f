package dev.clearance.server.identity;

import dev.clearance.store.identity.User;

/**
 * A user as the API shows them to themselves or a steward; never the password hash.
 *
 * @param emailVerified whether the owner verified {@code email} (only verified addresses are
 *     emailed notifications)
 * @param createdAt ISO-8601 instant
 */
public record UserView(
    String id,
    String handle,
    String displayName,
    String email,
    boolean emailVerified,
    String status,
    String createdAt) {

  static UserView of(User user) {
    return new UserView(
        user.id(),
        user.handle(),
        user.displayName(),
        user.email(),
        user.emailVerified(),
        user.status().code(),
        user.createdAt().toString());
  }
}
