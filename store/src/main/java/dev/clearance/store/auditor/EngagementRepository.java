package dev.clearance.store.auditor;

import dev.clearance.store.Ids;
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
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Engagements of auditors for releases, over one {@link Handle}. Engagements are never deleted.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown release, user or
 * firm, and {@link dev.clearance.store.StaleVersionException} / {@link
 * dev.clearance.store.NotFoundException} from the updates.
 */
public final class EngagementRepository {

  private static final String COLUMNS =
      "id, release_id, auditor_id, firm_id, scope, status, requested_by, decision_reason,"
          + " decided_at, report_name, report_sha256, report_size, report_at, created_at,"
          + " updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public EngagementRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records a requested engagement. */
  public Engagement request(
      String releaseId, String auditorId, String firmId, String scope, String requestedBy) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Engagement engagement =
        new Engagement(
            Ids.next(clock),
            releaseId,
            auditorId,
            firmId,
            scope,
            EngagementStatus.REQUESTED,
            requestedBy,
            null,
            null,
            null,
            null,
            null,
            null,
            now,
            now,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO audit_engagements ("
                  + COLUMNS
                  + ") VALUES (:id, :release, :auditor, :firm, :scope, :status, :by, NULL, NULL,"
                  + " NULL, NULL, NULL, NULL, :now, :now, 1)")
          .bind("id", engagement.id())
          .bind("release", releaseId)
          .bind("auditor", auditorId)
          .bind("firm", firmId)
          .bind("scope", scope)
          .bind("status", engagement.status().code())
          .bind("by", requestedBy)
          .bind("now", now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "audit_engagements");
    }
    return engagement;
  }

  /** The engagement with {@code id}. */
  public Optional<Engagement> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM audit_engagements WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The engagements for {@code releaseId}, oldest first. */
  public List<Engagement> listByRelease(String releaseId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM audit_engagements WHERE release_id = :release ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Whether {@code auditorId} has an accepted engagement for {@code releaseId} and is, with their
   * firm, still active: what lets an auditor see the release before it is public.
   */
  public boolean isActive(String releaseId, String auditorId) {
    return handle
            .createQuery(
                "SELECT COUNT(*) FROM audit_engagements e"
                    + " JOIN auditors a ON a.user_id = e.auditor_id"
                    + " JOIN audit_firms f ON f.id = a.firm_id"
                    + " WHERE e.release_id = :release AND e.auditor_id = :auditor"
                    + " AND e.status = :accepted AND a.status = :active AND f.status = :active")
            .bind("release", releaseId)
            .bind("auditor", auditorId)
            .bind("accepted", EngagementStatus.ACCEPTED.code())
            .bind("active", ApprovalStatus.ACTIVE.code())
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** The engagements of {@code auditorId}, oldest first. */
  public Page<Engagement> listByAuditor(String auditorId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM audit_engagements WHERE auditor_id = :auditor",
        "id",
        page,
        (rs, ctx) -> map(rs),
        Engagement::id,
        "auditor",
        auditorId);
  }

  /** Records the auditor's answer if the stored version is {@code expectedVersion}. */
  public Engagement decide(
      String id, long expectedVersion, EngagementStatus status, String reason) {
    int rows =
        handle
            .createUpdate(
                "UPDATE audit_engagements SET status = :status, decision_reason = :reason,"
                    + " decided_at = :now, updated_at = :now, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", status.code())
            .bind("reason", reason)
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, "audit_engagements", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  /** Makes the report the engagement's current one if the stored version is {@code expected}. */
  public Engagement fileReport(
      String id, long expectedVersion, String name, String sha256, long size) {
    int rows =
        handle
            .createUpdate(
                "UPDATE audit_engagements SET report_name = :name, report_sha256 = :sha,"
                    + " report_size = :size, report_at = :now, updated_at = :now,"
                    + " version = version + 1 WHERE id = :id AND version = :expected")
            .bind("name", name)
            .bind("sha", sha256)
            .bind("size", size)
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, "audit_engagements", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  static Engagement map(ResultSet rs) throws SQLException {
    long size = rs.getLong("report_size");
    Long reportSize = rs.wasNull() ? null : size;
    return new Engagement(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("auditor_id"),
        rs.getString("firm_id"),
        rs.getString("scope"),
        EngagementStatus.fromCode(rs.getString("status")),
        rs.getString("requested_by"),
        rs.getString("decision_reason"),
        Rows.instant(rs, "decided_at"),
        rs.getString("report_name"),
        rs.getString("report_sha256"),
        reportSize,
        Rows.instant(rs, "report_at"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
