package dev.clearance.server.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clearance.server.http.Json;
import dev.clearance.store.notify.StoredEvent;
import java.nio.charset.StandardCharsets;

/**
 * The JSON body of a webhook delivery (docs/notifications.md). The same on every attempt of one
 * delivery; only the timestamp and signature headers change.
 *
 * @param deliveryId equals the {@code Clearance-Delivery} header
 */
public record WebhookPayload(String deliveryId, NotificationView event) {

  /** The body of delivery {@code deliveryId} of {@code event}, as UTF-8 JSON bytes. */
  static byte[] body(String deliveryId, StoredEvent event, NotificationConfig config) {
    try {
      return Json.mapper()
          .writeValueAsString(
              new WebhookPayload(deliveryId, NotificationView.of(event, null, config)))
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a webhook payload could not be written", e);
    }
  }
}
