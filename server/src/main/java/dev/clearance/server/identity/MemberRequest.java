package dev.clearance.server.identity;

import dev.clearance.store.identity.OrgRole;

/**
 * Body of {@code PUT /api/v1/orgs/{org}/members/{user}}.
 *
 * @param role {@code releaser} or {@code admin}
 * @throws IllegalArgumentException when the role is missing or unknown
 */
public record MemberRequest(String role) {

  public MemberRequest {
    if (role == null) {
      throw new IllegalArgumentException("role is missing; expected releaser or admin");
    }
    OrgRole.fromCode(role);
  }

  OrgRole orgRole() {
    return OrgRole.fromCode(role);
  }
}
