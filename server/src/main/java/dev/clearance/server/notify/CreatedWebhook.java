package dev.clearance.server.notify;

/**
 * A new webhook with its signing secret: shown in this answer only, never again.
 *
 * @param secret the HMAC-SHA256 key of the {@code Clearance-Signature} header
 */
public record CreatedWebhook(WebhookView webhook, String secret) {

  /** Leaves the secret out. */
  @Override
  public String toString() {
    return "CreatedWebhook[id=" + webhook.id() + "]";
  }
}
