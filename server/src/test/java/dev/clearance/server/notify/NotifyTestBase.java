package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import java.net.URI;

/** Helpers of the notification tests: users' ids, inboxes, webhooks and running the jobs. */
abstract class NotifyTestBase extends ReleaseTestBase {

  /** The user id of {@code client}'s user. */
  String userId(ApiClient client) {
    return tx(tx -> tx.users().findByHandle(client.name()).orElseThrow().id());
  }

  /** The organization id of {@code slug}. */
  String orgId(String slug) {
    return tx(tx -> tx.organizations().findBySlug(slug).orElseThrow().id());
  }

  /** {@code client}'s inbox page ({@code query} e.g. {@code ?unread=true}). */
  static JsonNode inbox(ApiClient client, String query) {
    ApiResponse response = client.get("/api/v1/me/notifications" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** The kinds in {@code client}'s inbox, newest first. */
  static java.util.List<String> kinds(ApiClient client) {
    java.util.List<String> kinds = new java.util.ArrayList<>();
    inbox(client, "?limit=200")
        .path("items")
        .forEach(item -> kinds.add(item.path("kind").asText()));
    return kinds;
  }

  /**
   * Registers a webhook at {@code base} (an organization's or the registry's); returns the answer.
   */
  static JsonNode webhook(ApiClient owner, String base, URI url, String... events) {
    StringBuilder kinds = new StringBuilder();
    for (String event : events) {
      kinds.append(kinds.isEmpty() ? "" : ", ").append('"').append(event).append('"');
    }
    ApiResponse created =
        owner.post(base, "{\"url\": \"" + url + "\", \"events\": [" + kinds + "]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /** Writes {@code event} in a transaction of its own, as a feature would in its decision's. */
  Notified notifyNow(NotificationEvent event) {
    return db.transaction(tx -> registry.context().notifier().notify(tx, event));
  }

  /** Runs the delivery job on this test's registry now. */
  void deliver() {
    assertThat(registry.jobs().runOnce(DeliveryJob.NAME)).isTrue();
  }

  /** An event about nothing in particular for {@code recipients}. */
  static NotificationEvent event(NotificationKind kind, String title, Recipients recipients) {
    return new NotificationEvent(
        kind, java.util.Optional.empty(), title, "Body of " + title, "/api/v1/me", recipients);
  }
}
