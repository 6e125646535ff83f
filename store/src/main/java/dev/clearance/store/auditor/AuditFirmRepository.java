package dev.clearance.store.auditor;

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
 * Audit firms, over one {@link Handle}. Firms are never deleted; a steward changes their status.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (field {@code slug}) for a taken slug,
 * {@link dev.clearance.store.StaleVersionException} and {@link
 * dev.clearance.store.NotFoundException} from {@link #updateStatus}, and {@link
 * IllegalArgumentException} for a slug that is not a name.
 */
public final class AuditFirmRepository {

  private static final String COLUMNS =
      "id, slug, name, website, description, status, status_reason, created_at, updated_at,"
          + " version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AuditFirmRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Adds an approved (active) firm. */
  public AuditFirm add(String slug, String name, String website, String description) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    AuditFirm firm =
        new AuditFirm(
            Ids.next(clock),
            Names.checkSlug("firm name", slug),
            name,
            website,
            description,
            ApprovalStatus.ACTIVE,
            null,
            now,
            now,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO audit_firms ("
                  + COLUMNS
                  + ") VALUES (:id, :slug, :name, :website, :description, :status, NULL, :now,"
                  + " :now, 1)")
          .bind("id", firm.id())
          .bind("slug", firm.slug())
          .bind("name", name)
          .bind("website", website)
          .bind("description", description)
          .bind("status", firm.status().code())
          .bind("now", now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "audit_firms");
    }
    return firm;
  }

  /** The firm with {@code id}. */
  public Optional<AuditFirm> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM audit_firms WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The firm named {@code slug}. */
  public Optional<AuditFirm> findBySlug(String slug) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM audit_firms WHERE slug = :slug")
        .bind("slug", slug)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** All firms, whatever their status, in order of approval. */
  public Page<AuditFirm> list(PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM audit_firms WHERE 1 = 1",
        "id",
        page,
        (rs, ctx) -> map(rs),
        AuditFirm::id);
  }

  /** Sets the status and its reason if the stored version is {@code expectedVersion}. */
  public AuditFirm updateStatus(
      String id, long expectedVersion, ApprovalStatus status, String reason) {
    int rows =
        handle
            .createUpdate(
                "UPDATE audit_firms SET status = :status, status_reason = :reason,"
                    + " updated_at = :now, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", status.code())
            .bind("reason", reason)
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, "audit_firms", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  static AuditFirm map(ResultSet rs) throws SQLException {
    return new AuditFirm(
        rs.getString("id"),
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("website"),
        rs.getString("description"),
        ApprovalStatus.fromCode(rs.getString("status")),
        rs.getString("status_reason"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
