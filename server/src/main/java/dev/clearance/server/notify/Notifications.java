package dev.clearance.server.notify;

import dev.clearance.store.Repositories;
import dev.clearance.store.notify.DeliveryRepository;
import dev.clearance.store.notify.NotificationRepository;
import dev.clearance.store.notify.RecipientQueries;
import dev.clearance.store.notify.WebhookRepository;

/** The notification repositories over one transaction's handle. */
final class Notifications {

  private Notifications() {}

  static NotificationRepository events(Repositories tx) {
    return new NotificationRepository(tx.handle(), tx.clock());
  }

  static RecipientQueries recipients(Repositories tx) {
    return new RecipientQueries(tx.handle(), tx.clock());
  }

  static WebhookRepository webhooks(Repositories tx) {
    return new WebhookRepository(tx.handle(), tx.clock());
  }

  static DeliveryRepository deliveries(Repositories tx) {
    return new DeliveryRepository(tx.handle(), tx.clock());
  }
}
