package dev.clearance.store.review;

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
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Evaluators' access grants (REV-3), over one {@link Handle}. Who may request, grant or revoke is
 * the caller's check.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} when the evaluator already has an open
 * (requested or active) grant for the release, {@link
 * dev.clearance.store.MissingReferenceException} for an unknown release or user, and {@link
 * dev.clearance.store.StaleVersionException} when a decision races another.
 */
public final class AccessGrantRepository {

  private static final String COLUMNS =
      "id, release_id, evaluator_id, status, purpose, requested_days, created_by, created_at,"
          + " decided_by, decided_at, decision_reason, expires_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AccessGrantRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Adds a grant: a request by the evaluator ({@code expiresAt} null, status requested) or a direct
   * grant by the organization (status active until {@code expiresAt}).
   */
  public AccessGrant create(
      String releaseId,
      String evaluatorId,
      String purpose,
      Integer requestedDays,
      String createdBy,
      Instant expiresAt) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    boolean direct = expiresAt != null;
    AccessGrant grant =
        new AccessGrant(
            Ids.next(clock),
            releaseId,
            evaluatorId,
            direct ? GrantStatus.ACTIVE : GrantStatus.REQUESTED,
            purpose,
            requestedDays,
            createdBy,
            now,
            direct ? createdBy : null,
            direct ? now : null,
            null,
            expiresAt,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO access_grants ("
                  + COLUMNS
                  + ", open_slot) VALUES (:id, :release, :evaluator, :status, :purpose, :days,"
                  + " :createdBy, :createdAt, :decidedBy, :decidedAt, NULL, :expiresAt, 1, :slot)")
          .bind("slot", releaseId + " " + evaluatorId)
          .bind("id", grant.id())
          .bind("release", releaseId)
          .bind("evaluator", evaluatorId)
          .bind("status", grant.status().code())
          .bind("purpose", purpose)
          .bind("days", requestedDays)
          .bind("createdBy", createdBy)
          .bind("createdAt", now.toEpochMilli())
          .bind("decidedBy", grant.decidedBy())
          .bind("decidedAt", Rows.millis(grant.decidedAt()))
          .bind("expiresAt", Rows.millis(expiresAt))
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "access_grants");
    }
    return grant;
  }

  /** The grant {@code id}. */
  public Optional<AccessGrant> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM access_grants WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The evaluator's open (requested or active, perhaps expired) grant for the release. */
  public Optional<AccessGrant> findOpen(String releaseId, String evaluatorId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM access_grants WHERE release_id = :release AND evaluator_id = :evaluator"
                + " AND status IN ('requested', 'active')")
        .bind("release", releaseId)
        .bind("evaluator", evaluatorId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The grants of a release, oldest first. */
  public Page<AccessGrant> listByRelease(String releaseId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM access_grants WHERE release_id = :release",
        "id",
        page,
        (rs, ctx) -> map(rs),
        AccessGrant::id,
        "release",
        releaseId);
  }

  /**
   * The access requests waiting for the organization {@code orgId}'s decision, across its releases,
   * oldest first.
   */
  public Page<AccessGrant> listRequested(String orgId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT "
            + COLUMNS
            + " FROM access_grants WHERE status = 'requested' AND release_id IN (SELECT r.id"
            + " FROM releases r JOIN models m ON m.id = r.model_id WHERE m.org_id = :org)",
        "id",
        page,
        (rs, ctx) -> map(rs),
        AccessGrant::id,
        "org",
        orgId);
  }

  /** The grants of an evaluator, oldest first. */
  public Page<AccessGrant> listByEvaluator(String evaluatorId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM access_grants WHERE evaluator_id = :evaluator",
        "id",
        page,
        (rs, ctx) -> map(rs),
        AccessGrant::id,
        "evaluator",
        evaluatorId);
  }

  /**
   * Records a decision on grant {@code id} at {@code expectedVersion}: {@code status} with who
   * decided, why, and (for active) until when.
   *
   * @return the grant as stored now
   */
  public AccessGrant decide(
      String id,
      long expectedVersion,
      GrantStatus status,
      String decidedBy,
      String reason,
      Instant expiresAt) {
    int rows =
        handle
            .createUpdate(
                "UPDATE access_grants SET status = :status, decided_by = :decidedBy,"
                    + " decided_at = :now, decision_reason = :reason, expires_at = :expiresAt,"
                    + " open_slot = CASE WHEN :open THEN release_id || ' ' || evaluator_id END,"
                    + " version = version + 1 WHERE id = :id AND version = :expected")
            .bind("open", status == GrantStatus.REQUESTED || status == GrantStatus.ACTIVE)
            .bind("status", status.code())
            .bind("decidedBy", decidedBy)
            .bind("now", clock.millis())
            .bind("reason", reason)
            .bind("expiresAt", Rows.millis(expiresAt))
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, "access_grants", id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  static AccessGrant map(ResultSet rs) throws SQLException {
    return new AccessGrant(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("evaluator_id"),
        GrantStatus.fromCode(rs.getString("status")),
        rs.getString("purpose"),
        Rows.nullableInt(rs, "requested_days"),
        rs.getString("created_by"),
        Rows.instant(rs, "created_at"),
        rs.getString("decided_by"),
        Rows.instant(rs, "decided_at"),
        rs.getString("decision_reason"),
        Rows.instant(rs, "expires_at"),
        rs.getLong("version"));
  }
}
