package dev.clearance.store.signing;

import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Verified signature bundles of check reports (append-only), over one {@link Handle}. Lists are
 * stored one entry a line.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} when the check report already has a
 * verification, and {@link dev.clearance.store.MissingReferenceException} for an unknown report,
 * release or key.
 */
public final class BundleVerificationRepository {

  private static final String COLUMNS =
      "check_report_id, release_id, key_id, bundle_path, bundle_sha256, model_name, root_digest,"
          + " files_checked, attestations, created_at";

  private final Handle handle;

  /** Over {@code handle}. */
  public BundleVerificationRepository(Handle handle) {
    this.handle = handle;
  }

  /** Stores a verification. */
  public void add(BundleVerification verification) {
    try {
      handle
          .createUpdate(
              "INSERT INTO bundle_verifications ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, verification.checkReportId())
          .bind(1, verification.releaseId())
          .bind(2, verification.keyId())
          .bind(3, verification.bundlePath())
          .bind(4, verification.bundleSha256())
          .bind(5, verification.modelName())
          .bind(6, verification.rootDigest())
          .bind(7, String.join("\n", verification.filesChecked()))
          .bind(8, String.join("\n", verification.attestations()))
          .bind(9, verification.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "bundle_verifications");
    }
  }

  /** The verification made with check report {@code checkReportId}, if it verified a bundle. */
  public Optional<BundleVerification> findByCheckReport(String checkReportId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM bundle_verifications WHERE check_report_id = :id")
        .bind("id", checkReportId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /**
   * The verification of the latest check report of {@code releaseId}; empty when there is no report
   * or the latest one verified no bundle.
   */
  public Optional<BundleVerification> latestOfRelease(String releaseId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM bundle_verifications WHERE check_report_id ="
                + " (SELECT id FROM check_reports WHERE release_id = :release"
                + " ORDER BY id DESC LIMIT 1)")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  static BundleVerification map(ResultSet rs) throws SQLException {
    return new BundleVerification(
        rs.getString("check_report_id"),
        rs.getString("release_id"),
        rs.getString("key_id"),
        rs.getString("bundle_path"),
        rs.getString("bundle_sha256"),
        rs.getString("model_name"),
        rs.getString("root_digest"),
        lines(rs.getString("files_checked")),
        lines(rs.getString("attestations")),
        Rows.instant(rs, "created_at"));
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
  }
}
