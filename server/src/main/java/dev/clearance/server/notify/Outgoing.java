package dev.clearance.server.notify;

import dev.clearance.store.notify.Delivery;

/** A claimed delivery with everything needed to send it outside the database transaction. */
sealed interface Outgoing {

  Delivery delivery();

  /** A signed POST to a webhook. */
  record WebhookPost(Delivery delivery, String url, String secret, String kind, byte[] body)
      implements Outgoing {
    /** Leaves the secret and body out of logs. */
    @Override
    public String toString() {
      return "WebhookPost[delivery=" + delivery.id() + "]";
    }
  }

  /** An email to a user. */
  record Email(Delivery delivery, MailMessage message) implements Outgoing {}

  /** Nothing can be sent any more (e.g. the webhook was deactivated): give up at once. */
  record Undeliverable(Delivery delivery, String reason) implements Outgoing {}
}
