package dev.clearance.server.notify;

import java.util.List;

/** The webhooks of an organization, or of the registry, oldest first. */
public record WebhookList(List<WebhookView> items) {

  public WebhookList {
    items = List.copyOf(items);
  }
}
