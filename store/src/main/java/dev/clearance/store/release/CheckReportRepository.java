package dev.clearance.store.release;

import dev.clearance.store.Ids;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Check reports of releases (append-only), over one {@link Handle}.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown release.
 */
public final class CheckReportRepository {

  private static final String COLUMNS =
      "id, release_id, policy_id, policy_version, passed, report_json, files_digest, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public CheckReportRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Stores a report without a files digest. */
  public StoredCheckReport add(
      String releaseId, String policyId, String policyVersion, boolean passed, String reportJson) {
    return add(releaseId, policyId, policyVersion, passed, reportJson, null);
  }

  /**
   * Stores a report.
   *
   * @param filesDigest the digest of the files it was made from, or {@code null}
   */
  public StoredCheckReport add(
      String releaseId,
      String policyId,
      String policyVersion,
      boolean passed,
      String reportJson,
      String filesDigest) {
    StoredCheckReport report =
        new StoredCheckReport(
            Ids.next(clock),
            releaseId,
            policyId,
            policyVersion,
            passed,
            reportJson,
            filesDigest,
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate(
              "INSERT INTO check_reports (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, report.id())
          .bind(1, releaseId)
          .bind(2, policyId)
          .bind(3, policyVersion)
          .bind(4, passed ? 1 : 0)
          .bind(5, reportJson)
          .bind(6, filesDigest)
          .bind(7, report.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "check_reports");
    }
    return report;
  }

  /** The newest report of {@code releaseId}. */
  public Optional<StoredCheckReport> latest(String releaseId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM check_reports WHERE release_id = :release"
                + " ORDER BY id DESC LIMIT 1")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Every report of {@code releaseId}, oldest first. */
  public List<StoredCheckReport> listByRelease(String releaseId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM check_reports WHERE release_id = :release ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  static StoredCheckReport map(ResultSet rs) throws SQLException {
    return new StoredCheckReport(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("policy_id"),
        rs.getString("policy_version"),
        Rows.flag(rs, "passed"),
        rs.getString("report_json"),
        rs.getString("files_digest"),
        Rows.instant(rs, "created_at"));
  }
}
