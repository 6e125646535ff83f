package dev.clearance.store.release;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
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
 * Steward waivers, over one {@link Handle}. Whether the user is a steward is the caller's check.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code release_id, requirement})
 * when the requirement is already waived, and {@link dev.clearance.store.MissingReferenceException}
 * for an unknown release or steward.
 */
public final class WaiverRepository {

  private static final String COLUMNS =
      "id, release_id, requirement, steward_id, reason, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public WaiverRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Waives {@code requirement} for {@code releaseId}. */
  public Waiver add(String releaseId, String requirement, String stewardId, String reason) {
    Waiver waiver =
        new Waiver(
            Ids.next(clock),
            releaseId,
            Names.checkText("waived requirement", requirement),
            stewardId,
            reason,
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate("INSERT INTO waivers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
          .bind(0, waiver.id())
          .bind(1, releaseId)
          .bind(2, waiver.requirement())
          .bind(3, stewardId)
          .bind(4, waiver.reason())
          .bind(5, waiver.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "waivers");
    }
    return waiver;
  }

  /** The waiver of {@code requirement} for {@code releaseId}. */
  public Optional<Waiver> find(String releaseId, String requirement) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM waivers WHERE release_id = :release"
                + " AND requirement = :requirement")
        .bind("release", releaseId)
        .bind("requirement", requirement)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The waivers of {@code releaseId}, oldest first. */
  public List<Waiver> listByRelease(String releaseId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM waivers WHERE release_id = :release ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  static Waiver map(ResultSet rs) throws SQLException {
    return new Waiver(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("requirement"),
        rs.getString("steward_id"),
        rs.getString("reason"),
        Rows.instant(rs, "created_at"));
  }
}
