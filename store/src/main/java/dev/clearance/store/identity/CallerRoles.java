package dev.clearance.store.identity;

import java.util.Map;
import java.util.Set;

/**
 * What a request's caller may do: their registry roles held now and their role in each
 * organization, read together by {@link GlobalRoleRepository#callerRoles}.
 *
 * @param roles the registry roles held now (expired grants left out)
 * @param memberships organization slug to the user's role there
 */
public record CallerRoles(Set<GlobalRole> roles, Map<String, OrgRole> memberships) {

  public CallerRoles {
    roles = Set.copyOf(roles);
    memberships = Map.copyOf(memberships);
  }
}
