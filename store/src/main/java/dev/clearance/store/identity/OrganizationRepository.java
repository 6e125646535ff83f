package dev.clearance.store.identity;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
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
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Organizations, over one {@link Handle} (use it inside a transaction to combine writes).
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (field {@code slug}) on a taken slug,
 * {@link dev.clearance.store.StaleVersionException} and {@link
 * dev.clearance.store.NotFoundException} from updates, {@link IllegalArgumentException} on invalid
 * names.
 */
public final class OrganizationRepository {

  private static final String COLUMNS = "id, slug, display_name, created_at, updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public OrganizationRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Creates an organization at version 1. */
  public Organization create(String slug, String displayName) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Organization org =
        new Organization(
            Ids.next(clock),
            Names.checkSlug("organization slug", slug),
            Names.checkText("organization display name", displayName),
            now,
            now,
            1);
    try {
      handle
          .createUpdate("INSERT INTO organizations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
          .bind(0, org.id())
          .bind(1, org.slug())
          .bind(2, org.displayName())
          .bind(3, now.toEpochMilli())
          .bind(4, now.toEpochMilli())
          .bind(5, 1L)
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "organizations");
    }
    return org;
  }

  /** The organization with {@code id}. */
  public Optional<Organization> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM organizations WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The organization with {@code slug}. */
  public Optional<Organization> findBySlug(String slug) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM organizations WHERE slug = :slug")
        .bind("slug", slug)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** All organizations, in creation order. */
  public Page<Organization> list(PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM organizations WHERE 1 = 1",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Organization::id);
  }

  /** Changes the display name if the stored version is {@code expectedVersion}. */
  public Organization updateDisplayName(String id, long expectedVersion, String displayName) {
    Versions.updateDisplayName(
        handle, clock, "organizations", "organization", id, expectedVersion, displayName);
    return find(id).orElseThrow();
  }

  static Organization map(ResultSet rs) throws SQLException {
    return new Organization(
        rs.getString("id"),
        rs.getString("slug"),
        rs.getString("display_name"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
