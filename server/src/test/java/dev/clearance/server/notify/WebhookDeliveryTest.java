package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.http.Json;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.TestNotifications;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries through the delivery job to real HTTP receivers on loopback: signed payloads,
 * retries with exponential backoff, giving up after the last attempt, and short timeouts.
 */
class WebhookDeliveryTest extends NotifyTestBase {

  private record Hooked(
      String org, ApiClient admin, String hooks, String webhookId, String secret) {}

  private Hooked hooked(WebhookReceiver receiver, String... events) {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String hooks = "/api/v1/orgs/" + org + "/webhooks";
    JsonNode created = webhook(admin, hooks, receiver.url(), events);
    return new Hooked(
        org,
        admin,
        hooks,
        created.path("webhook").path("id").asText(),
        created.path("secret").asText());
  }

  private Notified windowOpened(Hooked hooked) {
    return notifyNow(
        NotificationEvent.about(
            NotificationKind.WINDOW_OPENED,
            new ReleaseName(hooked.org(), "coder-7b", "1.0.0"),
            "Review window opened",
            "The window runs 30 days.",
            Recipients.organization(orgId(hooked.org()))));
  }

  private static JsonNode onlyDelivery(Hooked hooked) {
    JsonNode items =
        hooked
            .admin()
            .get(hooked.hooks() + "/" + hooked.webhookId() + "/deliveries")
            .json()
            .path("items");
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  @Test
  void deliver_subscribedWebhook_postsOncePayloadSignedWithTheSecret() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0);
        WebhookReceiver other = WebhookReceiver.failingFirst(0)) {
      Hooked hooked = hooked(receiver, "window_opened");
      webhook(hooked.admin(), hooked.hooks(), other.url(), "finding_filed");
      Notified notified = windowOpened(hooked);

      deliver();
      deliver();

      assertThat(receiver.received()).hasSize(1);
      assertThat(other.received()).as("not subscribed to window_opened").isEmpty();
      WebhookReceiver.Received request = receiver.received().get(0);
      JsonNode delivery = onlyDelivery(hooked);
      long timestamp = Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER));
      assertThat(timestamp).isEqualTo(clock.instant().getEpochSecond());
      assertThat(
              WebhookSignature.verify(
                  hooked.secret(),
                  timestamp,
                  request.body(),
                  request.header(WebhookSignature.SIGNATURE_HEADER)))
          .isTrue();
      assertThat(
              WebhookSignature.verify(
                  "whsec_wrong",
                  timestamp,
                  request.body(),
                  request.header(WebhookSignature.SIGNATURE_HEADER)))
          .isFalse();
      assertThat(request.header(WebhookSignature.SIGNATURE_HEADER)).startsWith("sha256=");
      assertThat(request.header(WebhookSignature.DELIVERY_HEADER))
          .isEqualTo(delivery.path("id").asText());
      assertThat(request.header(WebhookSignature.EVENT_HEADER)).isEqualTo("window_opened");
      JsonNode payload = Json.mapper().readTree(request.body());
      assertThat(payload.path("deliveryId").asText()).isEqualTo(delivery.path("id").asText());
      assertThat(payload.path("event").path("id").asText()).isEqualTo(notified.eventId());
      assertThat(payload.path("event").path("kind").asText()).isEqualTo("window_opened");
      assertThat(payload.path("event").path("release").path("org").asText())
          .isEqualTo(hooked.org());
      assertThat(delivery.path("status").asText()).isEqualTo("delivered");
      assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
      assertThat(delivery.path("lastStatusCode").asInt()).isEqualTo(204);
      assertThat(delivery.path("kind").asText()).isEqualTo("window_opened");
      assertThat(delivery.has("nextAttemptAt")).isFalse();
    }
  }

  @Test
  void deliver_receiverFailsTwice_retriesWithBackoffThenDelivers() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
      Hooked hooked = hooked(receiver, "window_opened");
      windowOpened(hooked);

      deliver();
      JsonNode afterFirst = onlyDelivery(hooked);
      deliver();
      int beforeBackoff = receiver.received().size();
      clock.advance(TestNotifications.FIRST_RETRY);
      deliver();
      JsonNode afterSecond = onlyDelivery(hooked);
      clock.advance(TestNotifications.FIRST_RETRY.multipliedBy(2).minusSeconds(1));
      deliver();
      int beforeSecondBackoff = receiver.received().size();
      clock.advance(Duration.ofSeconds(1));
      deliver();

      assertThat(afterFirst.path("status").asText()).isEqualTo("pending");
      assertThat(afterFirst.path("attempts").asInt()).isEqualTo(1);
      assertThat(afterFirst.path("lastStatusCode").asInt()).isEqualTo(500);
      assertThat(afterFirst.path("lastError").asText()).contains("HTTP 500");
      assertThat(
              Duration.between(
                  java.time.Instant.parse(afterFirst.path("lastAttemptAt").asText()),
                  java.time.Instant.parse(afterFirst.path("nextAttemptAt").asText())))
          .isEqualTo(TestNotifications.FIRST_RETRY);
      assertThat(beforeBackoff).as("nothing sent before the next attempt is due").isEqualTo(1);
      assertThat(afterSecond.path("attempts").asInt()).isEqualTo(2);
      assertThat(beforeSecondBackoff).as("the second wait is twice the first").isEqualTo(2);
      JsonNode done = onlyDelivery(hooked);
      assertThat(done.path("status").asText()).isEqualTo("delivered");
      assertThat(done.path("attempts").asInt()).isEqualTo(3);
      assertThat(done.has("lastError")).isFalse();
      assertThat(receiver.received()).hasSize(3);
      assertThat(receiver.received())
          .extracting(request -> request.header(WebhookSignature.DELIVERY_HEADER))
          .containsOnly(done.path("id").asText());
    }
  }

  @Test
  void deliver_receiverAlwaysFails_givesUpAfterMaxAttemptsAndShowsIt() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1000)) {
      Hooked hooked = hooked(receiver, "window_opened");
      windowOpened(hooked);

      for (int attempt = 0; attempt < TestNotifications.MAX_ATTEMPTS + 2; attempt++) {
        deliver();
        clock.advance(Duration.ofMinutes(30));
      }

      JsonNode failed = onlyDelivery(hooked);
      assertThat(receiver.received()).hasSize(TestNotifications.MAX_ATTEMPTS);
      assertThat(failed.path("status").asText()).isEqualTo("failed");
      assertThat(failed.path("attempts").asInt()).isEqualTo(TestNotifications.MAX_ATTEMPTS);
      assertThat(failed.path("lastStatusCode").asInt()).isEqualTo(500);
      assertThat(failed.path("lastError").asText()).contains("HTTP 500");
      assertThat(failed.has("nextAttemptAt")).isFalse();
      assertThat(failed.has("deliveredAt")).isFalse();
    }
  }

  @Test
  void deliver_oneReceiverNeverAnswers_othersDeliveredAndItTimesOutForRetry() throws Exception {
    try (WebhookReceiver silent = WebhookReceiver.hanging();
        WebhookReceiver fast = WebhookReceiver.failingFirst(0)) {
      Hooked hooked = hooked(silent, "window_opened");
      JsonNode fastHook = webhook(hooked.admin(), hooked.hooks(), fast.url(), "window_opened");
      windowOpened(hooked);

      deliver();

      JsonNode timedOut = onlyDelivery(hooked);
      JsonNode delivered =
          hooked
              .admin()
              .get(
                  hooked.hooks()
                      + "/"
                      + fastHook.path("webhook").path("id").asText()
                      + "/deliveries")
              .json()
              .path("items")
              .get(0);
      assertThat(fast.received()).hasSize(1);
      assertThat(delivered.path("status").asText()).isEqualTo("delivered");
      assertThat(timedOut.path("status").asText()).isEqualTo("pending");
      assertThat(timedOut.path("lastError").asText()).contains("no answer within 2000 ms");
      assertThat(timedOut.has("lastStatusCode")).isFalse();
      assertThat(timedOut.path("nextAttemptAt").asText()).isNotEmpty();
    }
  }

  @Test
  void notify_inactiveWebhook_queuesNoDelivery() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      Hooked hooked = hooked(receiver, "window_opened");
      String path = hooked.hooks() + "/" + hooked.webhookId();
      assertThat(
              hooked
                  .admin()
                  .send(
                      "PATCH",
                      path,
                      "{\"active\": false}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                      "application/json",
                      java.util.Map.of())
                  .json()
                  .path("active")
                  .asBoolean())
          .isFalse();

      Notified notified = windowOpened(hooked);
      deliver();

      assertThat(notified.deliveries()).isZero();
      assertThat(receiver.received()).isEmpty();
    }
  }

  @Test
  void registryWebhook_receivesStewardEventsOnly() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      ApiClient otherSteward = user("steward2", GlobalRole.STEWARD);
      webhook(otherSteward, "/api/v1/webhooks", receiver.url(), "release_state_changed");
      String org = organization("acme");
      member(org, OrgRole.RELEASER, "releaser");

      notifyNow(
          event(
              NotificationKind.RELEASE_STATE_CHANGED,
              "For the organization",
              Recipients.organization(orgId(org))));
      notifyNow(
          event(
              NotificationKind.RELEASE_STATE_CHANGED,
              "For the stewards",
              Recipients.role(GlobalRole.STEWARD)));
      deliver();

      assertThat(receiver.received()).hasSize(1);
      assertThat(
              Json.mapper()
                  .readTree(receiver.received().get(0).body())
                  .path("event")
                  .path("title")
                  .asText())
          .isEqualTo("For the stewards");
    }
  }
}
