package dev.clearance.store.certification;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.CodeLists;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import dev.clearance.store.internal.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Certifications (ACC-2) over one {@link Handle}. A row is never deleted; decisions change its
 * status. At most one certification per organization and framework version is open (requested or
 * certified) at a time: {@link #request} throws {@link dev.clearance.store.ConflictException}
 * (field {@code open_slot}) for a second one.
 *
 * <p>Throws {@link dev.clearance.store.NotFoundException} and {@link
 * dev.clearance.store.StaleVersionException} from the decisions, and {@link
 * dev.clearance.store.MissingReferenceException} for an unknown organization or user.
 */
public final class CertificationRepository {

  private static final String TABLE = "certifications";
  private static final String COLUMNS =
      "id, org_id, policy_id, policy_version, statement, status, requested_by, requested_at,"
          + " decided_by, decided_at, valid_until, ended_by, ended_at, reason, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public CertificationRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Stores a new {@link CertificationStatus#REQUESTED} attestation by {@code userId}. */
  public Certification request(
      String orgId, String policyId, String policyVersion, String statement, String userId) {
    Certification certification =
        new Certification(
            Ids.next(clock),
            orgId,
            policyId,
            policyVersion,
            statement,
            CertificationStatus.REQUESTED,
            userId,
            Instant.ofEpochMilli(clock.millis()),
            null,
            null,
            null,
            null,
            null,
            null,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO "
                  + TABLE
                  + " ("
                  + COLUMNS
                  + ", open_slot) VALUES (:id, :org, :policy, :policyVersion, :statement,"
                  + " :status, :by, :at, NULL, NULL, NULL, NULL, NULL, NULL, 1, :slot)")
          .bind("id", certification.id())
          .bind("org", orgId)
          .bind("policy", policyId)
          .bind("policyVersion", policyVersion)
          .bind("statement", statement)
          .bind("status", CertificationStatus.REQUESTED.code())
          .bind("by", userId)
          .bind("at", certification.requestedAt().toEpochMilli())
          .bind("slot", orgId + " " + policyId + "@" + policyVersion)
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, TABLE);
    }
    return certification;
  }

  /** The certification {@code id}. */
  public Optional<Certification> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The open (requested or certified) certification of {@code orgId} for the version, if any. */
  public Optional<Certification> open(String orgId, String policyId, String policyVersion) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE open_slot = :slot")
        .bind("slot", orgId + " " + policyId + "@" + policyVersion)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /**
   * The organization's releases and their latest checks under {@code policyId@policyVersion}, its
   * findings and its incidents, at the repository's clock.
   */
  public ComplianceEvidence evidence(String orgId, String policyId, String policyVersion) {
    int[] counts = new int[4];
    handle
        .createQuery(
            "SELECT r.state, c.passed FROM releases r JOIN models m ON m.id = r.model_id"
                + " LEFT JOIN check_reports c ON c.id = (SELECT MAX(l.id) FROM check_reports l"
                + " WHERE l.release_id = r.id AND l.policy_id = :policy"
                + " AND l.policy_version = :version)"
                + " WHERE m.org_id = :org")
        .bind("org", orgId)
        .bind("policy", policyId)
        .bind("version", policyVersion)
        .map(
            (rs, ctx) -> {
              counts[0]++;
              if (!ReleaseState.fromWireName(rs.getString("state")).isPreRelease()) {
                counts[1]++;
              }
              int passed = rs.getInt("passed");
              if (!rs.wasNull()) {
                counts[2]++;
                counts[3] += passed;
              }
              return passed;
            })
        .list();
    int[] findings =
        counts(
            "SELECT COUNT(*),"
                + " COALESCE(SUM(CASE WHEN f.overdue_noted_at IS NULL THEN 0 ELSE 1 END), 0)"
                + " FROM findings f JOIN releases r ON r.id = f.release_id"
                + " JOIN models m ON m.id = r.model_id"
                + " WHERE m.org_id = :org AND f.duplicate_of IS NULL",
            orgId,
            2);
    int[] incidents =
        counts(
            "SELECT COUNT(*),"
                + " COALESCE(SUM(CASE WHEN i.closed_at IS NULL THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN COALESCE(i.acknowledged_at, i.closed_at, :now)"
                + " > i.acknowledge_by OR COALESCE(i.closed_at, :now) > i.resolve_by"
                + " THEN 1 ELSE 0 END), 0)"
                + " FROM incidents i JOIN releases r ON r.id = i.release_id"
                + " JOIN models m ON m.id = r.model_id WHERE m.org_id = :org",
            orgId,
            3);
    return new ComplianceEvidence(
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        findings[0],
        findings[1],
        incidents[0],
        incidents[1],
        incidents[2]);
  }

  /** The {@code columns} whole numbers of the one row {@code sql} gives for {@code :org}. */
  private int[] counts(String sql, String orgId, int columns) {
    var query = handle.createQuery(sql).bind("org", orgId);
    if (sql.contains(":now")) {
      query.bind("now", clock.millis());
    }
    return query
        .map(
            (rs, ctx) -> {
              int[] values = new int[columns];
              for (int column = 0; column < columns; column++) {
                values[column] = rs.getInt(column + 1);
              }
              return values;
            })
        .one();
  }

  /** One page of {@code orgId}'s certifications with one of {@code statuses}, oldest first. */
  public Page<Certification> listByOrg(
      String orgId, Collection<CertificationStatus> statuses, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE org_id = :org AND " + statusIn(statuses),
        "id",
        page,
        (rs, ctx) -> map(rs),
        Certification::id,
        "org",
        orgId);
  }

  /** One page of every certification with one of {@code statuses}, oldest first. */
  public Page<Certification> list(Collection<CertificationStatus> statuses, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + statusIn(statuses),
        "id",
        page,
        (rs, ctx) -> map(rs),
        Certification::id);
  }

  /**
   * Records a steward's decision on a requested certification: {@link
   * CertificationStatus#CERTIFIED} until {@code validUntil}, or {@link
   * CertificationStatus#DECLINED} with {@code reason}.
   */
  public Certification decide(
      String id,
      long expectedVersion,
      CertificationStatus status,
      String decidedBy,
      Instant validUntil,
      String reason) {
    if (status != CertificationStatus.CERTIFIED && status != CertificationStatus.DECLINED) {
      throw new IllegalArgumentException("a decision certifies or declines, not " + status);
    }
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET status = :status, decided_by = :by, decided_at = :now,"
                    + " valid_until = :until, reason = :reason,"
                    + " open_slot = CASE WHEN :open THEN open_slot END, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", status.code())
            .bind("by", decidedBy)
            .bind("now", clock.millis())
            .bind("until", Rows.millis(validUntil))
            .bind("reason", reason)
            .bind("open", status.isOpen())
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, TABLE, id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  /**
   * Ends a certification or request: {@link CertificationStatus#REVOKED} or {@link
   * CertificationStatus#WITHDRAWN}, by {@code endedBy}, with {@code reason}; frees the slot.
   */
  public Certification end(
      String id, long expectedVersion, CertificationStatus status, String endedBy, String reason) {
    if (status != CertificationStatus.REVOKED && status != CertificationStatus.WITHDRAWN) {
      throw new IllegalArgumentException(
          "a certification ends revoked or withdrawn, not " + status);
    }
    int rows =
        handle
            .createUpdate(
                "UPDATE "
                    + TABLE
                    + " SET status = :status, ended_by = :by, ended_at = :now, reason = :reason,"
                    + " open_slot = NULL, version = version + 1"
                    + " WHERE id = :id AND version = :expected")
            .bind("status", status.code())
            .bind("by", endedBy)
            .bind("now", clock.millis())
            .bind("reason", reason)
            .bind("id", id)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(handle, rows, TABLE, id, expectedVersion, "id = :id", "id", id);
    return find(id).orElseThrow();
  }

  /**
   * Frees the slot of an expired certification, so that its organization may attest the same
   * version again; the row and its status stay as they are.
   */
  public void releaseExpired(String id) {
    handle
        .createUpdate(
            "UPDATE "
                + TABLE
                + " SET open_slot = NULL WHERE id = :id AND status = :certified"
                + " AND valid_until <= :now")
        .bind("id", id)
        .bind("certified", CertificationStatus.CERTIFIED.code())
        .bind("now", clock.millis())
        .execute();
  }

  private static String statusIn(Collection<CertificationStatus> statuses) {
    return CodeLists.in("status", statuses.stream().map(CertificationStatus::code).toList());
  }

  private static Certification map(ResultSet rs) throws SQLException {
    return new Certification(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("policy_id"),
        rs.getString("policy_version"),
        rs.getString("statement"),
        CertificationStatus.fromCode(rs.getString("status")),
        rs.getString("requested_by"),
        Rows.instant(rs, "requested_at"),
        rs.getString("decided_by"),
        Rows.instant(rs, "decided_at"),
        Rows.instant(rs, "valid_until"),
        rs.getString("ended_by"),
        Rows.instant(rs, "ended_at"),
        rs.getString("reason"),
        rs.getLong("version"));
  }
}
