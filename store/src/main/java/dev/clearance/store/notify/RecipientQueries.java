package dev.clearance.store.notify;

import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.UserStatus;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Who receives an event: active users picked by id, by membership of an organization or by a
 * registry role. Disabled users receive nothing; a recipient's email address is given only when its
 * owner verified it.
 */
public final class RecipientQueries {

  private static final String ACTIVE = "u.status = '" + UserStatus.ACTIVE.code() + "'";

  /** The address, only when its owner verified it: unverified addresses are not emailed. */
  private static final String VERIFIED_EMAIL =
      "CASE WHEN u.email_verified_at IS NULL THEN NULL ELSE u.email END AS email";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock} (for expiring role grants). */
  public RecipientQueries(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** The active users among {@code userIds}. */
  public List<Recipient> users(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT u.id, "
                + VERIFIED_EMAIL
                + " FROM users u WHERE u.id IN (<ids>) AND "
                + ACTIVE
                + " ORDER BY u.id")
        .bindList("ids", List.copyOf(userIds))
        .map((rs, ctx) -> new Recipient(rs.getString("id"), rs.getString("email")))
        .list();
  }

  /** The active members of {@code orgId} whose role is one of {@code roles}. */
  public List<Recipient> members(String orgId, Collection<OrgRole> roles) {
    if (roles.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT u.id, "
                + VERIFIED_EMAIL
                + " FROM memberships m JOIN users u ON u.id = m.user_id"
                + " WHERE m.org_id = :org AND m.role IN (<roles>) AND "
                + ACTIVE
                + " ORDER BY u.id")
        .bind("org", orgId)
        .bindList("roles", roles.stream().map(OrgRole::code).toList())
        .map((rs, ctx) -> new Recipient(rs.getString("id"), rs.getString("email")))
        .list();
  }

  /** The active users who hold {@code role} now (unexpired grants). */
  public List<Recipient> holders(GlobalRole role) {
    return handle
        .createQuery(
            "SELECT u.id, "
                + VERIFIED_EMAIL
                + " FROM global_roles g JOIN users u ON u.id = g.user_id"
                + " WHERE g.role = :role AND (g.expires_at IS NULL OR g.expires_at > :now) AND "
                + ACTIVE
                + " ORDER BY u.id")
        .bind("role", role.code())
        .bind("now", clock.millis())
        .map((rs, ctx) -> new Recipient(rs.getString("id"), rs.getString("email")))
        .list();
  }
}
