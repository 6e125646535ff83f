package dev.clearance.server.notify;

import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who receives an event: users by id, the members of organizations (optionally only those with at
 * least a role), and holders of registry roles. Combine with {@link #and}. Disabled users and
 * expired role grants are left out when the event is sent.
 *
 * <p>Organizations named here also get the event on their webhooks; {@link GlobalRole#STEWARD} here
 * also sends it to the registry-wide webhooks. <b>The caller chooses recipients and is responsible
 * that each has a right to what the event says</b> (e.g. only the release's organization, stewards
 * and granted evaluators for anything about a pre-release release).
 *
 * @param userIds users by id
 * @param organizations organizations by id, with the least role a member needs
 * @param roles registry roles
 */
public record Recipients(
    Set<String> userIds, List<Organization> organizations, Set<GlobalRole> roles) {

  /** The members of one organization who hold at least {@code leastRole}. */
  public record Organization(String orgId, OrgRole leastRole) {
    public Organization {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(leastRole, "leastRole");
    }

    /** The roles that are at least {@link #leastRole}. */
    public Set<OrgRole> roles() {
      Set<OrgRole> roles = EnumSet.noneOf(OrgRole.class);
      for (OrgRole role : OrgRole.values()) {
        if (role.ordinal() >= leastRole.ordinal()) {
          roles.add(role);
        }
      }
      return roles;
    }
  }

  public Recipients {
    userIds = Set.copyOf(userIds);
    organizations = List.copyOf(organizations);
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** These users. */
  public static Recipients users(String... userIds) {
    return new Recipients(Set.of(userIds), List.of(), Set.of());
  }

  /** Every member of the organization {@code orgId}. */
  public static Recipients organization(String orgId) {
    return organization(orgId, OrgRole.RELEASER);
  }

  /** The members of {@code orgId} holding at least {@code leastRole} (e.g. only admins). */
  public static Recipients organization(String orgId, OrgRole leastRole) {
    return new Recipients(Set.of(), List.of(new Organization(orgId, leastRole)), Set.of());
  }

  /** Every holder of {@code role}, e.g. the stewards. */
  public static Recipients role(GlobalRole role) {
    return new Recipients(Set.of(), List.of(), Set.of(role));
  }

  /** Everyone here and in {@code other}. */
  public Recipients and(Recipients other) {
    Set<String> users = new LinkedHashSet<>(userIds);
    users.addAll(other.userIds);
    List<Organization> orgs = new ArrayList<>(organizations);
    orgs.addAll(other.organizations);
    Set<GlobalRole> allRoles = EnumSet.noneOf(GlobalRole.class);
    allRoles.addAll(roles);
    allRoles.addAll(other.roles);
    return new Recipients(users, orgs, allRoles);
  }
}
