package dev.clearance.store.rollout;

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
 * The stages releases entered (REV-6), over one {@link Handle}. Whether a move is allowed is the
 * caller's decision; callers hold the release row's lock (they update the release in the same
 * transaction), so moves of one release do not interleave.
 */
public final class StageEntryRepository {

  private static final String COLUMNS =
      "id, release_id, stage, how, entered_by, entered_at, reason, left_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public StageEntryRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Closes the current stage of {@code releaseId} (if any) and enters {@code stage} now. */
  public StageEntry enter(
      String releaseId, String stage, String how, String enteredBy, String reason) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    StageEntry entry =
        new StageEntry(Ids.next(clock), releaseId, stage, how, enteredBy, now, reason, null);
    try {
      handle
          .createUpdate(
              "UPDATE rollout_stages SET left_at = :now"
                  + " WHERE release_id = :release AND left_at IS NULL")
          .bind("now", now.toEpochMilli())
          .bind("release", releaseId)
          .execute();
      handle
          .createUpdate(
              "INSERT INTO rollout_stages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")
          .bind(0, entry.id())
          .bind(1, releaseId)
          .bind(2, stage)
          .bind(3, how)
          .bind(4, enteredBy)
          .bind(5, now.toEpochMilli())
          .bind(6, reason)
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "rollout_stages");
    }
    return entry;
  }

  /** The stage {@code releaseId} is in, if its rollout started. */
  public Optional<StageEntry> current(String releaseId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM rollout_stages WHERE release_id = :release AND left_at IS NULL")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Every stage {@code releaseId} entered, oldest first. */
  public List<StageEntry> history(String releaseId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM rollout_stages WHERE release_id = :release ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  static StageEntry map(ResultSet rs) throws SQLException {
    return new StageEntry(
        rs.getString("id"),
        rs.getString("release_id"),
        rs.getString("stage"),
        rs.getString("how"),
        rs.getString("entered_by"),
        Rows.instant(rs, "entered_at"),
        rs.getString("reason"),
        Rows.instant(rs, "left_at"));
  }
}
