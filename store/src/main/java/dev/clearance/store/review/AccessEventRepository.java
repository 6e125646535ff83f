package dev.clearance.store.review;

import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/** The log of views and downloads made under access grants (REV-3), over one {@link Handle}. */
public final class AccessEventRepository {

  private static final String COLUMNS =
      "id, grant_id, release_id, user_id, action, resource, created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AccessEventRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records that {@code grant}'s evaluator did {@code action} on {@code resource} now. */
  public AccessEvent record(AccessGrant grant, String action, String resource) {
    AccessEvent event =
        new AccessEvent(
            Ids.next(clock),
            grant.id(),
            grant.releaseId(),
            grant.evaluatorId(),
            action,
            resource,
            Instant.ofEpochMilli(clock.millis()));
    try {
      handle
          .createUpdate("INSERT INTO access_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(0, event.id())
          .bind(1, event.grantId())
          .bind(2, event.releaseId())
          .bind(3, event.userId())
          .bind(4, action)
          .bind(5, resource)
          .bind(6, event.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "access_events");
    }
    return event;
  }

  /** The access events of a release, oldest first. */
  public Page<AccessEvent> listByRelease(String releaseId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM access_events WHERE release_id = :release",
        "id",
        page,
        (rs, ctx) -> map(rs),
        AccessEvent::id,
        "release",
        releaseId);
  }

  static AccessEvent map(ResultSet rs) throws SQLException {
    return new AccessEvent(
        rs.getString("id"),
        rs.getString("grant_id"),
        rs.getString("release_id"),
        rs.getString("user_id"),
        rs.getString("action"),
        rs.getString("resource"),
        Rows.instant(rs, "created_at"));
  }
}
