package dev.clearance.store.notify;

import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Notification events, the users' inboxes and the keys of events sent at most once, over one {@link
 * Handle} (the transaction of the decision the event is about). Inboxes list newest first.
 */
public final class NotificationRepository {

  private static final String EVENT_COLUMNS =
      "e.id, e.kind, e.org_slug, e.model_name, e.version_label, e.title, e.body, e.link,"
          + " e.created_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public NotificationRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Stores a new event.
   *
   * @param orgSlug with {@code modelName} and {@code versionLabel} the release it is about, or all
   *     three {@code null}
   */
  public StoredEvent addEvent(
      String kind,
      String orgSlug,
      String modelName,
      String versionLabel,
      String title,
      String body,
      String link) {
    StoredEvent event =
        new StoredEvent(
            Ids.next(clock),
            kind,
            orgSlug,
            modelName,
            versionLabel,
            title,
            body,
            link,
            Instant.ofEpochMilli(clock.millis()));
    handle
        .createUpdate(
            "INSERT INTO notification_events (id, kind, org_slug, model_name, version_label,"
                + " title, body, link, created_at) VALUES (:id, :kind, :org, :model, :version,"
                + " :title, :body, :link, :at)")
        .bind("id", event.id())
        .bind("kind", kind)
        .bind("org", orgSlug)
        .bind("model", modelName)
        .bind("version", versionLabel)
        .bind("title", title)
        .bind("body", body)
        .bind("link", link)
        .bind("at", event.createdAt().toEpochMilli())
        .execute();
    return event;
  }

  /** The event with {@code id}. */
  public Optional<StoredEvent> findEvent(String id) {
    return handle
        .createQuery("SELECT " + EVENT_COLUMNS + " FROM notification_events e WHERE e.id = :id")
        .bind("id", id)
        .map((rs, ctx) -> mapEvent(rs))
        .findOne();
  }

  /** Puts {@code eventId} into the inbox of each of {@code userIds} (distinct ids), unread. */
  public void addToInbox(String eventId, Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO notification_inbox (user_id, event_id, read_at)"
                + " VALUES (:user, :event, NULL)");
    for (String userId : userIds) {
      batch.bind("user", userId).bind("event", eventId).add();
    }
    batch.execute();
  }

  /**
   * One page of {@code userId}'s inbox, newest first; the cursor is the last event id of the page.
   *
   * @param unreadOnly leave out what the user marked read
   */
  public Page<InboxItem> inbox(String userId, boolean unreadOnly, PageRequest page) {
    String sql =
        "SELECT "
            + EVENT_COLUMNS
            + ", i.read_at FROM notification_inbox i"
            + " JOIN notification_events e ON e.id = i.event_id WHERE i.user_id = :user"
            + (unreadOnly ? " AND i.read_at IS NULL" : "")
            + (page.after() == null ? "" : " AND i.event_id < :after")
            + " ORDER BY i.event_id DESC LIMIT :limit";
    Query query = handle.createQuery(sql).bind("user", userId).bind("limit", page.limit() + 1);
    if (page.after() != null) {
      query.bind("after", page.after());
    }
    return Page.of(
        query.map((rs, ctx) -> new InboxItem(mapEvent(rs), Rows.instant(rs, "read_at"))).list(),
        page.limit(),
        item -> item.event().id());
  }

  /** When the newest event of {@code kind} in {@code userId}'s inbox was made, if there is one. */
  public Optional<Instant> latestInInbox(String userId, String kind) {
    return handle
        .createQuery(
            "SELECT MAX(e.created_at) AS newest FROM notification_inbox i"
                + " JOIN notification_events e ON e.id = i.event_id"
                + " WHERE i.user_id = :user AND e.kind = :kind")
        .bind("user", userId)
        .bind("kind", kind)
        .map((rs, ctx) -> Optional.ofNullable(Rows.instant(rs, "newest")))
        .one();
  }

  /** How many events in {@code userId}'s inbox are unread. */
  public long unreadCount(String userId) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM notification_inbox WHERE user_id = :user AND read_at IS NULL")
        .bind("user", userId)
        .mapTo(Long.class)
        .one();
  }

  /**
   * Marks {@code eventId} read in {@code userId}'s inbox.
   *
   * @return empty if the event is not in that inbox, else whether it was unread until now
   */
  public Optional<Boolean> markRead(String userId, String eventId) {
    int changed =
        handle
            .createUpdate(
                "UPDATE notification_inbox SET read_at = :now"
                    + " WHERE user_id = :user AND event_id = :event AND read_at IS NULL")
            .bind("now", clock.millis())
            .bind("user", userId)
            .bind("event", eventId)
            .execute();
    if (changed == 1) {
      return Optional.of(true);
    }
    boolean present =
        handle
                .createQuery(
                    "SELECT COUNT(*) FROM notification_inbox WHERE user_id = :user AND event_id = :event")
                .bind("user", userId)
                .bind("event", eventId)
                .mapTo(Long.class)
                .one()
            > 0;
    return present ? Optional.of(false) : Optional.empty();
  }

  /** Marks everything in {@code userId}'s inbox read; returns how many were unread. */
  public int markAllRead(String userId) {
    return handle
        .createUpdate(
            "UPDATE notification_inbox SET read_at = :now"
                + " WHERE user_id = :user AND read_at IS NULL")
        .bind("now", clock.millis())
        .bind("user", userId)
        .execute();
  }

  /**
   * Records {@code onceKey}; returns false when it was recorded before (the event it stands for was
   * already sent), true the first time. Rolled back with the transaction.
   */
  public boolean recordOnce(String onceKey) {
    return handle
            .createUpdate(
                "INSERT INTO notification_once (once_key, created_at) VALUES (:key, :now)"
                    + " ON CONFLICT (once_key) DO NOTHING")
            .bind("key", onceKey)
            .bind("now", clock.millis())
            .execute()
        == 1;
  }

  static StoredEvent mapEvent(ResultSet rs) throws SQLException {
    return new StoredEvent(
        rs.getString("id"),
        rs.getString("kind"),
        rs.getString("org_slug"),
        rs.getString("model_name"),
        rs.getString("version_label"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        Rows.instant(rs, "created_at"));
  }
}
