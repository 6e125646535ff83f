package dev.clearance.store.auditor;

import dev.clearance.store.Ids;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Verified audit attestations (append-only), over one {@link Handle}. Conditions are stored one a
 * line.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown engagement,
 * release or key.
 */
public final class AuditAttestationRepository {

  private static final String COLUMNS =
      "id, engagement_id, release_id, key_id, bundle_sha256, root_digest, result, scope,"
          + " conditions, report_sha256, attested_on, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AuditAttestationRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Stores a verified attestation; its id and time are made here. */
  public AuditAttestation add(
      String engagementId,
      String releaseId,
      String keyId,
      String bundleSha256,
      String rootDigest,
      String result,
      String scope,
      List<String> conditions,
      String reportSha256,
      LocalDate attestedOn) {
    AuditAttestation attestation =
        new AuditAttestation(
            Ids.next(clock),
            engagementId,
            releaseId,
            keyId,
            bundleSha256,
            rootDigest,
            result,
            scope,
            conditions,
            reportSha256,
            attestedOn,
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate(
              "INSERT INTO audit_attestations ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, attestation.id())
          .bind(1, engagementId)
          .bind(2, releaseId)
          .bind(3, keyId)
          .bind(4, bundleSha256)
          .bind(5, rootDigest)
          .bind(6, result)
          .bind(7, scope)
          .bind(8, String.join("\n", attestation.conditions()))
          .bind(9, reportSha256)
          .bind(10, attestedOn.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
          .bind(11, attestation.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "audit_attestations");
    }
    return attestation;
  }

  /** The attestations filed for {@code releaseId}, oldest first. */
  public List<AuditAttestation> listByRelease(String releaseId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM audit_attestations WHERE release_id = :release ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  static AuditAttestation map(ResultSet rs) throws SQLException {
    String conditions = rs.getString("conditions");
    return new AuditAttestation(
        rs.getString("id"),
        rs.getString("engagement_id"),
        rs.getString("release_id"),
        rs.getString("key_id"),
        rs.getString("bundle_sha256"),
        rs.getString("root_digest"),
        rs.getString("result"),
        rs.getString("scope"),
        conditions == null || conditions.isEmpty()
            ? List.of()
            : Arrays.asList(conditions.split("\n", -1)),
        rs.getString("report_sha256"),
        LocalDate.ofInstant(Rows.instant(rs, "attested_on"), ZoneOffset.UTC),
        Rows.instant(rs, "created_at"));
  }
}
