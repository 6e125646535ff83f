package dev.clearance.store.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of an event to one webhook or one user's email address, with its attempts so far.
 *
 * @param webhookId the webhook of a {@link DeliveryChannel#WEBHOOK} delivery, else {@code null}
 * @param recipientId the user of an {@link DeliveryChannel#EMAIL} delivery, else {@code null}
 * @param nextAttemptAt when the job sends it next, {@code null} once delivered or given up
 * @param claimedUntil an instance is sending it until then, or {@code null}
 * @param lastStatusCode the receiver's HTTP status (or SMTP reply code) of the last attempt, or
 *     {@code null} when none came back
 * @param lastError what went wrong in the last attempt, or {@code null}
 */
public record Delivery(
    String id,
    String eventId,
    DeliveryChannel channel,
    String webhookId,
    String recipientId,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant claimedUntil,
    Instant lastAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant deliveredAt,
    Instant createdAt) {

  /** Checks that no required field is missing. */
  public Delivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
