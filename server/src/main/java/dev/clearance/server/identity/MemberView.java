package dev.clearance.server.identity;

import dev.clearance.store.identity.Membership;
import dev.clearance.store.identity.User;

/**
 * A member of an organization.
 *
 * @param user the member's handle
 * @param role {@code releaser} or {@code admin}
 * @param version optimistic-concurrency version of the membership, also sent as {@code ETag}
 */
public record MemberView(
    String user,
    String displayName,
    String role,
    String createdAt,
    String updatedAt,
    long version) {

  static MemberView of(Membership membership, User user) {
    return new MemberView(
        user.handle(),
        user.displayName(),
        membership.role().code(),
        membership.createdAt().toString(),
        membership.updatedAt().toString(),
        membership.version());
  }
}
