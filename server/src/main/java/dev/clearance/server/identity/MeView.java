package dev.clearance.server.identity;

import java.util.List;

/**
 * Answer of {@code GET /api/v1/me}: who the caller is.
 *
 * @param roles registry roles ({@code steward}, {@code evaluator}, {@code auditor}), sorted
 * @param memberships organizations, sorted by slug
 */
public record MeView(
    String id,
    String handle,
    String displayName,
    String email,
    List<String> roles,
    List<MembershipView> memberships) {

  public MeView {
    roles = List.copyOf(roles);
    memberships = List.copyOf(memberships);
  }
}
