package dev.clearance.store.release;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.Ids;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The history of release state changes (append-only), over one {@link Handle}. Write it in the same
 * transaction as {@link ReleaseRepository#update}.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown release or actor.
 */
public final class TransitionRepository {

  private static final String COLUMNS =
      "id, release_id, from_state, to_state, actor_id, reason, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public TransitionRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records that {@code releaseId} went from {@code from} to {@code to} now. */
  public Transition record(
      String releaseId, ReleaseState from, ReleaseState to, String actorId, String reason) {
    Transition transition =
        new Transition(
            Ids.next(clock),
            releaseId,
            from,
            to,
            actorId,
            reason,
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate("INSERT INTO transitions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(0, transition.id())
          .bind(1, releaseId)
          .bind(2, from.wireName())
          .bind(3, to.wireName())
          .bind(4, actorId)
          .bind(5, reason)
          .bind(6, transition.at().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "transitions");
    }
    return transition;
  }

  /** The transitions of {@code releaseId}, oldest first. */
  public List<Transition> listByRelease(String releaseId) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM transitions WHERE release_id = :release ORDER BY id")
        .bind("release", releaseId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  static Transition map(ResultSet rs) throws SQLException {
    return new Transition(
        rs.getString("id"),
        rs.getString("release_id"),
        ReleaseState.fromWireName(rs.getString("from_state")),
        ReleaseState.fromWireName(rs.getString("to_state")),
        rs.getString("actor_id"),
        rs.getString("reason"),
        Rows.instant(rs, "created_at"));
  }
}
