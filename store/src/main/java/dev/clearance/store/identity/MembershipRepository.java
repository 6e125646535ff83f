package dev.clearance.store.identity;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Memberships of users in organizations, over one {@link Handle}.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code user_id, org_id}) when the
 * user is already a member, {@link dev.clearance.store.MissingReferenceException} for an unknown
 * user or organization, {@link dev.clearance.store.StaleVersionException} and {@link
 * dev.clearance.store.NotFoundException} from updates.
 */
public final class MembershipRepository {

  private static final String COLUMNS = "user_id, org_id, role, created_at, updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public MembershipRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Makes {@code userId} a member of {@code orgId} with {@code role}, at version 1. */
  public Membership add(String userId, String orgId, OrgRole role) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Membership membership = new Membership(userId, orgId, role, now, now, 1);
    try {
      handle
          .createUpdate("INSERT INTO memberships (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
          .bind(0, userId)
          .bind(1, orgId)
          .bind(2, role.code())
          .bind(3, now.toEpochMilli())
          .bind(4, now.toEpochMilli())
          .bind(5, 1L)
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "memberships");
    }
    return membership;
  }

  /** The membership of {@code userId} in {@code orgId}. */
  public Optional<Membership> find(String userId, String orgId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM memberships WHERE user_id = :user AND org_id = :org")
        .bind("user", userId)
        .bind("org", orgId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The members of {@code orgId}, ordered by user id. */
  public Page<Membership> listByOrganization(String orgId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM memberships WHERE org_id = :org",
        "user_id",
        page,
        (rs, ctx) -> map(rs),
        Membership::userId,
        "org",
        orgId);
  }

  /** How many members of {@code orgId} hold {@code role}. */
  public long countByRole(String orgId, OrgRole role) {
    return handle
        .createQuery("SELECT COUNT(*) FROM memberships WHERE org_id = :org AND role = :role")
        .bind("org", orgId)
        .bind("role", role.code())
        .mapTo(Long.class)
        .one();
  }

  /** Every membership of {@code userId} (a user belongs to few organizations). */
  public List<Membership> listByUser(String userId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM memberships WHERE user_id = :user ORDER BY org_id")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * The user's role in each organization, by organization slug, in one query (what a request's
   * caller needs).
   */
  public java.util.Map<String, OrgRole> rolesBySlug(String userId) {
    java.util.Map<String, OrgRole> roles = new java.util.TreeMap<>();
    handle
        .createQuery(
            "SELECT o.slug, m.role FROM memberships m JOIN organizations o ON o.id = m.org_id"
                + " WHERE m.user_id = :user")
        .bind("user", userId)
        .map((rs, ctx) -> Map.entry(rs.getString("slug"), OrgRole.fromCode(rs.getString("role"))))
        .forEach(entry -> roles.put(entry.getKey(), entry.getValue()));
    return roles;
  }

  /** Changes the role if the stored version is {@code expectedVersion}. */
  public Membership updateRole(String userId, String orgId, long expectedVersion, OrgRole role) {
    int rows =
        handle
            .createUpdate(
                "UPDATE memberships SET role = :role, updated_at = :now, version = version + 1"
                    + " WHERE user_id = :user AND org_id = :org AND version = :expected")
            .bind("role", role.code())
            .bind("now", clock.millis())
            .bind("user", userId)
            .bind("org", orgId)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(
        handle,
        rows,
        "memberships",
        userId + " in " + orgId,
        expectedVersion,
        "user_id = :user AND org_id = :org",
        "user",
        userId,
        "org",
        orgId);
    return find(userId, orgId).orElseThrow();
  }

  /** Removes the membership; returns whether there was one. */
  public boolean remove(String userId, String orgId) {
    return handle
            .createUpdate("DELETE FROM memberships WHERE user_id = :user AND org_id = :org")
            .bind("user", userId)
            .bind("org", orgId)
            .execute()
        == 1;
  }

  static Membership map(ResultSet rs) throws SQLException {
    return new Membership(
        rs.getString("user_id"),
        rs.getString("org_id"),
        OrgRole.fromCode(rs.getString("role")),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
