package dev.clearance.server.notify;

import dev.clearance.store.notify.Webhook;
import java.util.List;

/**
 * A webhook as its owners see it, without its secret.
 *
 * @param org the organization's slug, absent for a registry-wide webhook
 * @param version the revision for {@code If-Match}
 */
public record WebhookView(
    String id,
    String org,
    String url,
    List<String> events,
    boolean active,
    String createdAt,
    String updatedAt,
    long version) {

  static WebhookView of(Webhook webhook, String orgSlug) {
    return new WebhookView(
        webhook.id(),
        orgSlug,
        webhook.url(),
        webhook.eventKinds().stream().sorted().toList(),
        webhook.active(),
        webhook.createdAt().toString(),
        webhook.updatedAt().toString(),
        webhook.version());
  }
}
