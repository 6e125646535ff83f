package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.store.identity.OrgRole;
import org.junit.jupiter.api.Test;

/**
 * Webhook secrets in the database: sealed when registered, plain secrets of earlier versions sealed
 * at start-up, and deliveries signed with the secret the owner was shown either way.
 */
class WebhookSecretStorageTest extends NotifyTestBase {

  private static final String LEGACY_SECRET = "whsec_storedInPlainTextByAnEarlierVersion0123456";

  private String storedSecret(String webhookId) {
    return db.withHandle(
        handle ->
            handle
                .createQuery("SELECT secret FROM webhooks WHERE id = :id")
                .bind("id", webhookId)
                .mapTo(String.class)
                .one());
  }

  private void windowOpened(String org) {
    notifyNow(
        NotificationEvent.about(
            NotificationKind.WINDOW_OPENED,
            new ReleaseName(org, "coder-7b", "1.0.0"),
            "Review window opened",
            "The window runs 30 days.",
            Recipients.organization(orgId(org))));
  }

  private static boolean signedWith(String secret, WebhookReceiver.Received request) {
    return WebhookSignature.verify(
        secret,
        Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER)),
        request.body(),
        request.header(WebhookSignature.SIGNATURE_HEADER));
  }

  @Test
  void create_databaseHoldsTheSecretSealed_deliverySignedWithTheSecretShown() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      String org = organization("acme");
      ApiClient admin = member(org, OrgRole.ADMIN, "admin");
      JsonNode created =
          webhook(admin, "/api/v1/orgs/" + org + "/webhooks", receiver.url(), "window_opened");
      String secret = created.path("secret").asText();
      String stored = storedSecret(created.path("webhook").path("id").asText());

      windowOpened(org);
      deliver();

      assertThat(stored)
          .startsWith("sealed:v1:" + registry.context().notifier().secrets().keyId() + ":")
          .doesNotContain(secret)
          .doesNotContain(secret.substring("whsec_".length()));
      assertThat(receiver.received()).hasSize(1);
      assertThat(signedWith(secret, receiver.received().get(0))).isTrue();
    }
  }

  @Test
  void sealStored_plainSecretOfAnEarlierVersion_sealedOnceAndStillSignsDeliveries()
      throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      String org = organization("acme");
      ApiClient admin = member(org, OrgRole.ADMIN, "admin");
      String id =
          webhook(admin, "/api/v1/orgs/" + org + "/webhooks", receiver.url(), "window_opened")
              .path("webhook")
              .path("id")
              .asText();
      String sealedAtCreation = storedSecret(id);
      boolean madePlain =
          tx(tx -> Notifications.webhooks(tx).replaceSecret(id, sealedAtCreation, LEGACY_SECRET));
      WebhookSecrets secrets = registry.context().notifier().secrets();

      windowOpened(org);
      deliver();
      int sealedFirst = secrets.sealStored(db);
      int sealedAgain = secrets.sealStored(db);
      String stored = storedSecret(id);
      windowOpened(org);
      deliver();

      assertThat(madePlain).isTrue();
      assertThat(sealedFirst).isEqualTo(1);
      assertThat(sealedAgain).isZero();
      assertThat(stored).startsWith("sealed:v1:").doesNotContain(LEGACY_SECRET);
      assertThat(secrets.open(stored)).isEqualTo(LEGACY_SECRET);
      assertThat(receiver.received()).hasSize(2);
      assertThat(receiver.received())
          .allSatisfy(request -> assertThat(signedWith(LEGACY_SECRET, request)).isTrue());
    }
  }

  @Test
  void deliver_secretSealedUnderAnotherKey_givenUpWithTheReasonAndNothingSent() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      String org = organization("acme");
      ApiClient admin = member(org, OrgRole.ADMIN, "admin");
      String hooks = "/api/v1/orgs/" + org + "/webhooks";
      String id =
          webhook(admin, hooks, receiver.url(), "window_opened")
              .path("webhook")
              .path("id")
              .asText();
      WebhookSecrets otherRegistry =
          WebhookSecrets.derivedFrom(
              dev.clearance.ledger.note.NoteSigner.generate("other.clearance.dev/log"));
      String stored = storedSecret(id);
      tx(tx -> Notifications.webhooks(tx).replaceSecret(id, stored, otherRegistry.seal("whsec_x")));

      windowOpened(org);
      deliver();

      JsonNode delivery = admin.get(hooks + "/" + id + "/deliveries").json().path("items").get(0);
      assertThat(receiver.received()).isEmpty();
      assertThat(delivery.path("status").asText()).isEqualTo("failed");
      assertThat(delivery.toString())
          .contains("sealed under key " + otherRegistry.keyId())
          .doesNotContain("whsec_x");
    }
  }
}
