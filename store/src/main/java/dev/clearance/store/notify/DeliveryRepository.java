package dev.clearance.store.notify;

import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Webhook and email deliveries, over one {@link Handle}. A sender first {@linkplain #claimDue
 * claims} due deliveries (a conditional update per row, so of several instances exactly one gets
 * each), sends them outside any transaction, then records each outcome, which ends the claim.
 */
public final class DeliveryRepository {

  private static final String COLUMNS =
      "id, event_id, channel, webhook_id, recipient_id, status, attempts, next_attempt_at,"
          + " claimed_until, last_attempt_at, last_status_code, last_error, delivered_at,"
          + " created_at";

  private static final int MAX_ERROR = 500;

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public DeliveryRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Adds a pending delivery of {@code eventId}, due now.
   *
   * @param webhookId the webhook of a webhook delivery, else {@code null}
   * @param recipientId the user of an email delivery, else {@code null}
   */
  public Delivery add(
      String eventId, DeliveryChannel channel, String webhookId, String recipientId) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    Delivery delivery =
        new Delivery(
            Ids.next(clock),
            eventId,
            channel,
            webhookId,
            recipientId,
            DeliveryStatus.PENDING,
            0,
            now,
            null,
            null,
            null,
            null,
            null,
            now);
    handle
        .createUpdate(
            "INSERT INTO notification_deliveries ("
                + COLUMNS
                + ") VALUES (:id, :event, :channel, :webhook, :recipient, :status, 0, :now,"
                + " NULL, NULL, NULL, NULL, NULL, :now)")
        .bind("id", delivery.id())
        .bind("event", eventId)
        .bind("channel", channel.code())
        .bind("webhook", webhookId)
        .bind("recipient", recipientId)
        .bind("status", DeliveryStatus.PENDING.code())
        .bind("now", now.toEpochMilli())
        .execute();
    return delivery;
  }

  /**
   * Claims up to {@code limit} pending deliveries that are due and not claimed by anyone, oldest
   * due first, for {@code claimFor}.
   */
  public List<Delivery> claimDue(Duration claimFor, int limit) {
    long now = clock.millis();
    List<String> candidates =
        handle
            .createQuery(
                "SELECT id FROM notification_deliveries WHERE status = :pending"
                    + " AND next_attempt_at <= :now"
                    + " AND (claimed_until IS NULL OR claimed_until <= :now)"
                    + " ORDER BY next_attempt_at, id LIMIT :limit")
            .bind("pending", DeliveryStatus.PENDING.code())
            .bind("now", now)
            .bind("limit", limit)
            .mapTo(String.class)
            .list();
    List<Delivery> claimed = new ArrayList<>();
    for (String id : candidates) {
      int taken =
          handle
              .createUpdate(
                  "UPDATE notification_deliveries SET claimed_until = :until"
                      + " WHERE id = :id AND status = :pending"
                      + " AND (claimed_until IS NULL OR claimed_until <= :now)")
              .bind("until", now + claimFor.toMillis())
              .bind("id", id)
              .bind("pending", DeliveryStatus.PENDING.code())
              .bind("now", now)
              .execute();
      if (taken == 1) {
        claimed.add(find(id));
      }
    }
    return claimed;
  }

  /** Records a successful attempt: the delivery is done. */
  public void recordDelivered(String id, Integer statusCode) {
    long now = clock.millis();
    handle
        .createUpdate(
            "UPDATE notification_deliveries SET status = :status, attempts = attempts + 1,"
                + " next_attempt_at = NULL, claimed_until = NULL, last_attempt_at = :now,"
                + " last_status_code = :code, last_error = NULL, delivered_at = :now"
                + " WHERE id = :id")
        .bind("status", DeliveryStatus.DELIVERED.code())
        .bind("now", now)
        .bind("code", statusCode)
        .bind("id", id)
        .execute();
  }

  /**
   * Records a failed attempt.
   *
   * @param statusCode the receiver's status, or {@code null} when none came back
   * @param error what went wrong (cut to 500 characters)
   * @param nextAttemptAt when to try again, or {@code null} to give up (status {@code failed})
   */
  public void recordFailed(String id, Integer statusCode, String error, Instant nextAttemptAt) {
    String cut = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    handle
        .createUpdate(
            "UPDATE notification_deliveries SET status = :status, attempts = attempts + 1,"
                + " next_attempt_at = :next, claimed_until = NULL, last_attempt_at = :now,"
                + " last_status_code = :code, last_error = :error WHERE id = :id")
        .bind(
            "status",
            nextAttemptAt == null ? DeliveryStatus.FAILED.code() : DeliveryStatus.PENDING.code())
        .bind("next", Rows.millis(nextAttemptAt))
        .bind("now", clock.millis())
        .bind("code", statusCode)
        .bind("error", cut)
        .bind("id", id)
        .execute();
  }

  /** The delivery with {@code id}; it must exist. */
  public Delivery find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM notification_deliveries WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .one();
  }

  /** One page of the deliveries of {@code webhookId}, newest first. */
  public Page<Delivery> listByWebhook(String webhookId, PageRequest page) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM notification_deliveries WHERE webhook_id = :webhook"
            + (page.after() == null ? "" : " AND id < :after")
            + " ORDER BY id DESC LIMIT :limit";
    Query query =
        handle.createQuery(sql).bind("webhook", webhookId).bind("limit", page.limit() + 1);
    if (page.after() != null) {
      query.bind("after", page.after());
    }
    return Page.of(query.map((rs, ctx) -> map(rs)).list(), page.limit(), Delivery::id);
  }

  static Delivery map(ResultSet rs) throws SQLException {
    return new Delivery(
        rs.getString("id"),
        rs.getString("event_id"),
        DeliveryChannel.fromCode(rs.getString("channel")),
        rs.getString("webhook_id"),
        rs.getString("recipient_id"),
        DeliveryStatus.fromCode(rs.getString("status")),
        rs.getInt("attempts"),
        Rows.instant(rs, "next_attempt_at"),
        Rows.instant(rs, "claimed_until"),
        Rows.instant(rs, "last_attempt_at"),
        Rows.nullableInt(rs, "last_status_code"),
        rs.getString("last_error"),
        Rows.instant(rs, "delivered_at"),
        Rows.instant(rs, "created_at"));
  }
}
