package dev.clearance.server.notify;

import dev.clearance.store.notify.Delivery;
import java.time.Instant;

/**
 * One delivery of a webhook and where it stands.
 *
 * @param status {@code pending}, {@code delivered} or {@code failed} (given up)
 * @param attempts attempts made so far
 * @param lastStatusCode the receiver's HTTP status of the last attempt, absent if none came back
 * @param lastError what went wrong in the last attempt
 * @param nextAttemptAt when the next attempt is due; absent once delivered or given up
 */
public record DeliveryView(
    String id,
    String eventId,
    String kind,
    String status,
    int attempts,
    String lastAttemptAt,
    Integer lastStatusCode,
    String lastError,
    String nextAttemptAt,
    String deliveredAt,
    String createdAt) {

  static DeliveryView of(Delivery delivery, String kind) {
    return new DeliveryView(
        delivery.id(),
        delivery.eventId(),
        kind,
        delivery.status().code(),
        delivery.attempts(),
        iso(delivery.lastAttemptAt()),
        delivery.lastStatusCode(),
        delivery.lastError(),
        iso(delivery.nextAttemptAt()),
        iso(delivery.deliveredAt()),
        delivery.createdAt().toString());
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
