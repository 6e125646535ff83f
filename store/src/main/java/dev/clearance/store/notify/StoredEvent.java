package dev.clearance.store.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification event as stored: what happened, about which release (if any), and where to look.
 *
 * @param id UUIDv7 text; also the id of the event in each recipient's inbox
 * @param kind the notification kind's wire name, e.g. {@code window_opened}
 * @param orgSlug organization of the release the event is about, or {@code null}
 * @param modelName model of that release, or {@code null}
 * @param versionLabel version of that release, or {@code null}
 * @param link a path of the registry (API or page), e.g. {@code /api/v1/orgs/acme/models/m}
 */
public record StoredEvent(
    String id,
    String kind,
    String orgSlug,
    String modelName,
    String versionLabel,
    String title,
    String body,
    String link,
    Instant createdAt) {

  /** Checks that no required field is missing. */
  public StoredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
