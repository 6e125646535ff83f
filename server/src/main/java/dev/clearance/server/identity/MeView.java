package dev.clearance.server.identity;

import dev.clearance.server.route.Principal;
import dev.clearance.store.Database;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.User;
import java.util.List;
import java.util.Map;

/**
 * Answer of {@code GET /api/v1/me}: who the caller is.
 *
 * @param emailVerified whether the caller verified {@code email}; notifications are emailed only to
 *     a verified address
 * @param roles registry roles ({@code steward}, {@code evaluator}, {@code auditor}), sorted
 * @param memberships organizations, sorted by slug
 */
public record MeView(
    String id,
    String handle,
    String displayName,
    String email,
    boolean emailVerified,
    List<String> roles,
    List<MembershipView> memberships) {

  public MeView {
    roles = List.copyOf(roles);
    memberships = List.copyOf(memberships);
  }

  /** The signed-in {@code caller} as {@code GET /api/v1/me} shows them (and the account page). */
  public static MeView of(Database db, Principal caller) {
    User user = StoreCalls.read(db, tx -> tx.users().find(caller.requireUserId()).orElseThrow());
    List<String> roles = caller.roles().stream().map(GlobalRole::code).sorted().toList();
    List<MembershipView> memberships =
        caller.memberships().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> new MembershipView(entry.getKey(), entry.getValue().code()))
            .toList();
    return new MeView(
        user.id(),
        user.handle(),
        user.displayName(),
        user.email(),
        user.emailVerified(),
        roles,
        memberships);
  }
}
