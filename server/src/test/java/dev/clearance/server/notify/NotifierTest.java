package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.UserStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Notifier} as features call it: inside their own transaction (transactional outbox). The
 * first test is the snippet in docs/notifications.md.
 */
class NotifierTest extends NotifyTestBase {

  @Test
  void notify_insideTheDecisionsTransaction_reachesTheChosenRecipients() {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    ApiClient releaser = member(org, OrgRole.RELEASER, "releaser");
    ApiClient evaluator = user("evaluator", GlobalRole.EVALUATOR);
    ApiClient outsider = user("outsider");
    String orgId = orgId(org);
    String evaluatorId = userId(evaluator);
    Notifier notifier = registry.context().notifier();

    // docs/notifications.md: sending an event
    Notified notified =
        db.transaction(
            tx -> {
              // ... the decision itself: its rows and its audit event, in this transaction ...
              NotificationEvent event =
                  NotificationEvent.about(
                      NotificationKind.FINDING_FILED,
                      new ReleaseName(org, "coder-7b", "1.0.0"),
                      "New finding on " + org + "/coder-7b@1.0.0",
                      "A high-severity finding was filed; answer it by its deadline.",
                      Recipients.organization(orgId, OrgRole.ADMIN)
                          .and(Recipients.users(evaluatorId))
                          .and(Recipients.role(GlobalRole.STEWARD)));
              return notifier.notify(tx, event);
            });
    // end of snippet

    JsonNode adminInbox = inbox(admin, "");
    assertThat(notified.inboxRecipients()).isGreaterThanOrEqualTo(3);
    assertThat(adminInbox.path("unread").asLong()).isEqualTo(1);
    JsonNode item = adminInbox.path("items").get(0);
    assertThat(item.path("id").asText()).isEqualTo(notified.eventId());
    assertThat(item.path("kind").asText()).isEqualTo("finding_filed");
    assertThat(item.path("release").path("org").asText()).isEqualTo(org);
    assertThat(item.path("release").path("version").asText()).isEqualTo("1.0.0");
    assertThat(item.path("link").asText())
        .isEqualTo("/api/v1/orgs/" + org + "/models/coder-7b/releases/1.0.0");
    assertThat(item.has("readAt")).isFalse();
    assertThat(kinds(evaluator)).containsExactly("finding_filed");
    assertThat(kinds(steward)).contains("finding_filed");
    assertThat(kinds(releaser)).as("below the least role").isEmpty();
    assertThat(kinds(outsider)).isEmpty();
  }

  @Test
  void notify_transactionRolledBack_noInboxRowAndNoDelivery() {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String orgId = orgId(org);
    JsonNode hook =
        webhook(
            admin,
            "/api/v1/orgs/" + org + "/webhooks",
            java.net.URI.create("http://127.0.0.1:9/hook"),
            "release_state_changed");
    String[] eventId = new String[1];

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      eventId[0] =
                          registry
                              .context()
                              .notifier()
                              .notify(
                                  tx,
                                  event(
                                      NotificationKind.RELEASE_STATE_CHANGED,
                                      "Rolled back",
                                      Recipients.organization(orgId)))
                              .eventId();
                      throw new IllegalStateException("the decision fails after notifying");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(eventId[0]).isNotNull();
    assertThat(inbox(admin, "").path("items")).isEmpty();
    assertThat(
            admin
                .get(
                    "/api/v1/orgs/"
                        + org
                        + "/webhooks/"
                        + hook.path("webhook").path("id").asText()
                        + "/deliveries")
                .json()
                .path("items"))
        .isEmpty();
    Optional<dev.clearance.store.notify.StoredEvent> stored =
        tx(tx -> Notifications.events(tx).findEvent(eventId[0]));
    assertThat(stored).isEmpty();
  }

  @Test
  void notify_disabledUser_getsNothing() {
    ApiClient gone = user("gone");
    String goneId = userId(gone);
    run(tx -> tx.users().updateStatus(goneId, 1, UserStatus.DISABLED));

    Notified notified =
        notifyNow(event(NotificationKind.RESPONSE_DUE, "Due", Recipients.users(goneId)));

    long unread = tx(tx -> Notifications.events(tx).unreadCount(goneId));
    assertThat(notified.inboxRecipients()).isZero();
    assertThat(unread).isZero();
  }

  @Test
  void notifyOnce_sameKeyTwice_sendsOnce() {
    ApiClient user = user("reminded");
    String userId = userId(user);
    String key = unique("response_due:finding");
    NotificationEvent event =
        event(NotificationKind.RESPONSE_DUE, "Answer due", Recipients.users(userId));

    Optional<Notified> first =
        db.transaction(tx -> registry.context().notifier().notifyOnce(tx, key, event));
    Optional<Notified> second =
        db.transaction(tx -> registry.context().notifier().notifyOnce(tx, key, event));

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
    assertThat(kinds(user)).containsExactly("response_due");
  }

  @Test
  void event_withoutTitleOrWithForeignLink_refusedNamingTheField() {
    assertThatThrownBy(() -> event(NotificationKind.RESPONSE_DUE, " ", Recipients.users("someone")))
        .hasMessageContaining("title");
    assertThatThrownBy(
            () ->
                new NotificationEvent(
                    NotificationKind.RESPONSE_DUE,
                    Optional.empty(),
                    "Title",
                    "Body",
                    "https://elsewhere.example/x",
                    Recipients.users("someone")))
        .hasMessageContaining("link");
  }
}
