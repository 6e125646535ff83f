package dev.clearance.server.route;

import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: an anonymous member of the public, or a user with their registry roles and
 * organization memberships, resolved for each request from an API token or a session.
 *
 * @param userId empty for the anonymous public
 * @param memberships organization slug to the member's role there
 */
public record Principal(
    Optional<String> userId,
    String handle,
    Set<GlobalRole> roles,
    Map<String, OrgRole> memberships) {

  public static final Principal ANONYMOUS =
      new Principal(Optional.empty(), "anonymous", Set.of(), Map.of());

  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(handle, "handle");
    roles = Set.copyOf(roles);
    memberships = Map.copyOf(memberships);
  }

  public boolean isAnonymous() {
    return userId.isEmpty();
  }

  public boolean has(GlobalRole role) {
    return roles.contains(role);
  }

  public boolean isSteward() {
    return has(GlobalRole.STEWARD);
  }

  /**
   * True when the caller is a member of the organization {@code orgSlug} with at least {@code
   * role}.
   */
  public boolean isMember(String orgSlug, OrgRole role) {
    OrgRole held = memberships.get(orgSlug);
    return held != null && held.ordinal() >= role.ordinal();
  }

  /** The user id of a signed-in caller. */
  public String requireUserId() {
    return userId.orElseThrow(() -> new IllegalStateException("caller is anonymous"));
  }
}
