package dev.clearance.store.identity;

import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Global role grants (steward, evaluator, auditor), over one {@link Handle}. A grant may expire;
 * expired grants count as absent.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code user_id, role}) when the
 * user already holds the role and {@link dev.clearance.store.MissingReferenceException} for an
 * unknown user.
 */
public final class GlobalRoleRepository {

  private static final String COLUMNS = "user_id, role, granted_by, granted_at, expires_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public GlobalRoleRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Grants {@code role} to {@code userId}. An expired grant of the same role is replaced.
   *
   * @param grantedBy the steward's user id, or {@code null}
   * @param expiresAt or {@code null} for no end
   */
  public RoleGrant grant(String userId, GlobalRole role, String grantedBy, Instant expiresAt) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    handle
        .createUpdate(
            "DELETE FROM global_roles WHERE user_id = :user AND role = :role"
                + " AND expires_at IS NOT NULL AND expires_at <= :now")
        .bind("user", userId)
        .bind("role", role.code())
        .bind("now", now.toEpochMilli())
        .execute();
    RoleGrant grant = new RoleGrant(userId, role, grantedBy, now, expiresAt);
    try {
      handle
          .createUpdate("INSERT INTO global_roles (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
          .bind(0, userId)
          .bind(1, role.code())
          .bind(2, grantedBy)
          .bind(3, now.toEpochMilli())
          .bind(4, Rows.millis(expiresAt))
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "global_roles");
    }
    return grant;
  }

  /** Removes the grant; returns whether there was one. */
  public boolean revoke(String userId, GlobalRole role) {
    return handle
            .createUpdate("DELETE FROM global_roles WHERE user_id = :user AND role = :role")
            .bind("user", userId)
            .bind("role", role.code())
            .execute()
        == 1;
  }

  /** The roles {@code userId} holds now. */
  public Set<GlobalRole> rolesOf(String userId) {
    Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
    handle
        .createQuery(
            "SELECT role FROM global_roles WHERE user_id = :user"
                + " AND (expires_at IS NULL OR expires_at > :now)")
        .bind("user", userId)
        .bind("now", clock.millis())
        .mapTo(String.class)
        .forEach(code -> roles.add(GlobalRole.fromCode(code)));
    return roles;
  }

  /**
   * The registry roles {@code userId} holds now and their role in each organization (as {@link
   * #rolesOf} and {@link MembershipRepository#rolesBySlug}), in one query: what every authenticated
   * request needs.
   */
  public CallerRoles callerRoles(String userId) {
    Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
    Map<String, OrgRole> memberships = new HashMap<>();
    handle
        .createQuery(
            "SELECT o.slug AS slug, m.role AS role FROM memberships m"
                + " JOIN organizations o ON o.id = m.org_id WHERE m.user_id = :user"
                + " UNION ALL SELECT NULL, g.role FROM global_roles g WHERE g.user_id = :user"
                + " AND (g.expires_at IS NULL OR g.expires_at > :now)")
        .bind("user", userId)
        .bind("now", clock.millis())
        .map((rs, ctx) -> new String[] {rs.getString("slug"), rs.getString("role")})
        .forEach(
            row -> {
              if (row[0] == null) {
                roles.add(GlobalRole.fromCode(row[1]));
              } else {
                memberships.put(row[0], OrgRole.fromCode(row[1]));
              }
            });
    return new CallerRoles(roles, memberships);
  }

  /** Whether {@code userId} holds {@code role} now. */
  public boolean has(String userId, GlobalRole role) {
    return rolesOf(userId).contains(role);
  }

  /** The current holders of {@code role}, ordered by user id. */
  public List<RoleGrant> holders(GlobalRole role) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM global_roles WHERE role = :role"
                + " AND (expires_at IS NULL OR expires_at > :now) ORDER BY user_id")
        .bind("role", role.code())
        .bind("now", clock.millis())
        .map((rs, ctx) -> map(rs))
        .list();
  }

  static RoleGrant map(ResultSet rs) throws SQLException {
    return new RoleGrant(
        rs.getString("user_id"),
        GlobalRole.fromCode(rs.getString("role")),
        rs.getString("granted_by"),
        Rows.instant(rs, "granted_at"),
        Rows.instant(rs, "expires_at"));
  }
}
