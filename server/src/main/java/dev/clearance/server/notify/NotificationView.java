package dev.clearance.server.notify;

import dev.clearance.store.notify.StoredEvent;
import java.time.Instant;

/**
 * A notification as the API, webhooks and emails show it.
 *
 * @param id the event's id (in an inbox: the id to mark read)
 * @param kind e.g. {@code window_opened}
 * @param release the release it is about, absent if none
 * @param link a path of the registry
 * @param url the link as an absolute URL, when the registry knows its public address
 * @param readAt when the caller marked it read; absent while unread and in webhooks
 */
public record NotificationView(
    String id,
    String kind,
    ReleaseName release,
    String title,
    String body,
    String link,
    String url,
    String createdAt,
    String readAt) {

  static NotificationView of(StoredEvent event, Instant readAt, NotificationConfig config) {
    ReleaseName release =
        event.orgSlug() == null
            ? null
            : new ReleaseName(event.orgSlug(), event.modelName(), event.versionLabel());
    return new NotificationView(
        event.id(),
        event.kind(),
        release,
        event.title(),
        event.body(),
        event.link(),
        config.publicUrl().isPresent() ? config.absolute(event.link()) : null,
        event.createdAt().toString(),
        readAt == null ? null : readAt.toString());
  }
}
