package dev.clearance.store.notify;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.internal.Rows;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Finds review windows about to end, for the {@code window_closing} reminders. */
public final class ClosingWindowQueries {

  private final Handle handle;

  /** Over {@code handle}. */
  public ClosingWindowQueries(Handle handle) {
    this.handle = handle;
  }

  /** The releases in review whose window ends after {@code now} and by {@code horizon}. */
  public List<ClosingWindow> endingBetween(Instant now, Instant horizon) {
    return handle
        .createQuery(
            "SELECT r.id, o.id AS org_id, o.slug, m.name, r.version_label, r.window_ends_at"
                + " FROM releases r JOIN models m ON m.id = r.model_id"
                + " JOIN organizations o ON o.id = m.org_id"
                + " WHERE r.state = :state AND r.window_ends_at > :now"
                + " AND r.window_ends_at <= :horizon ORDER BY r.window_ends_at, r.id")
        .bind("state", ReleaseState.IN_REVIEW.wireName())
        .bind("now", now.toEpochMilli())
        .bind("horizon", horizon.toEpochMilli())
        .map(
            (rs, ctx) ->
                new ClosingWindow(
                    rs.getString("id"),
                    rs.getString("org_id"),
                    rs.getString("slug"),
                    rs.getString("name"),
                    rs.getString("version_label"),
                    Rows.instant(rs, "window_ends_at")))
        .list();
  }
}
