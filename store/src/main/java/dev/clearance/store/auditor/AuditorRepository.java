package dev.clearance.store.auditor;

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
 * Auditors of audit firms, over one {@link Handle}; a user is an auditor of at most one firm.
 * Auditors are never deleted; a steward changes their status.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (field {@code user_id}) when the user is
 * already an auditor, {@link dev.clearance.store.MissingReferenceException} for an unknown user or
 * firm, and {@link dev.clearance.store.StaleVersionException} from {@link #updateStatus}.
 */
public final class AuditorRepository {

  private static final String COLUMNS =
      "user_id, firm_id, status, status_reason, created_at, updated_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AuditorRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Makes {@code userId} an active auditor of {@code firmId}. */
  public Auditor add(String userId, String firmId) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    try {
      handle
          .createUpdate(
              "INSERT INTO auditors ("
                  + COLUMNS
                  + ") VALUES (:user, :firm, :status, NULL, :now, :now, 1)")
          .bind("user", userId)
          .bind("firm", firmId)
          .bind("status", ApprovalStatus.ACTIVE.code())
          .bind("now", now.toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "auditors");
    }
    return new Auditor(userId, firmId, ApprovalStatus.ACTIVE, null, now, now, 1);
  }

  /** The auditor record of {@code userId}, whatever its status. */
  public Optional<Auditor> find(String userId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM auditors WHERE user_id = :user")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The auditors of {@code firmId}, whatever their status, by user id. */
  public List<Auditor> listByFirm(String firmId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM auditors WHERE firm_id = :firm ORDER BY user_id")
        .bind("firm", firmId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** Sets the status and its reason if the stored version is {@code expectedVersion}. */
  public Auditor updateStatus(
      String userId, long expectedVersion, ApprovalStatus status, String reason) {
    int rows =
        handle
            .createUpdate(
                "UPDATE auditors SET status = :status, status_reason = :reason,"
                    + " updated_at = :now, version = version + 1"
                    + " WHERE user_id = :user AND version = :expected")
            .bind("status", status.code())
            .bind("reason", reason)
            .bind("now", clock.millis())
            .bind("user", userId)
            .bind("expected", expectedVersion)
            .execute();
    Versions.check(
        handle, rows, "auditors", userId, expectedVersion, "user_id = :user", "user", userId);
    return find(userId).orElseThrow();
  }

  static Auditor map(ResultSet rs) throws SQLException {
    return new Auditor(
        rs.getString("user_id"),
        rs.getString("firm_id"),
        ApprovalStatus.fromCode(rs.getString("status")),
        rs.getString("status_reason"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
