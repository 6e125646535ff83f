package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.policy.PolicyLoader;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.registry.RegistryConfig;
import dev.clearance.server.registry.RegistryServer;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.TestNotifications;
import dev.clearance.store.Database;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two registry instances on one database (OPS-1) deliver each webhook message once: the job's lease
 * lets one instance run at a time, another takes over retries when the lease expires, and even
 * senders running at once on both claim each delivery on one of them only.
 */
class NotificationMultiInstanceTest extends NotifyTestBase {

  private Database secondDb;
  private RegistryServer second;

  @BeforeEach
  void startSecondInstance() throws Exception {
    // Leases of earlier tests' instances (one day long in tests) run out.
    clock.advance(Duration.ofDays(2));
    secondDb = anotherInstance();
    second =
        RegistryServer.start(
            new RegistryConfig(
                ServerConfig.loopback(),
                dataFolder,
                1L << 20,
                logSigner,
                TestNotifications.config()),
            secondDb,
            PolicyLoader.bundled(PolicyLoader.DEFAULT),
            clock,
            "test");
  }

  @AfterEach
  void stopSecondInstance() {
    second.close();
  }

  private String hookedOrganization(WebhookReceiver receiver) {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    webhook(admin, "/api/v1/orgs/" + org + "/webhooks", receiver.url(), "release_state_changed");
    return org;
  }

  private void stateChanged(String org, String title) {
    notifyNow(
        event(NotificationKind.RELEASE_STATE_CHANGED, title, Recipients.organization(orgId(org))));
  }

  private static <T> List<T> together(List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> callable : work) {
        futures.add(pool.submit(callable));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void deliveryJobOnBothInstancesAtOnce_oneRunsAndTheMessageArrivesOnce() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      String org = hookedOrganization(receiver);
      stateChanged(org, "Approved");

      List<Boolean> ran =
          together(
              List.of(
                  () -> registry.jobs().runOnce(DeliveryJob.NAME),
                  () -> second.jobs().runOnce(DeliveryJob.NAME)));
      clock.advance(Duration.ofDays(2));
      boolean secondLater = second.jobs().runOnce(DeliveryJob.NAME);

      assertThat(ran).containsExactlyInAnyOrder(true, false);
      assertThat(secondLater).as("the first instance's lease expired").isTrue();
      assertThat(receiver.received()).hasSize(1);
    }
  }

  @Test
  void firstInstanceFails_secondTakesOverTheRetryAfterTheLeaseExpires() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1)) {
      String org = hookedOrganization(receiver);
      stateChanged(org, "Released");

      boolean first = registry.jobs().runOnce(DeliveryJob.NAME);
      clock.advance(TestNotifications.FIRST_RETRY);
      boolean secondWhileLeased = second.jobs().runOnce(DeliveryJob.NAME);
      clock.advance(Duration.ofDays(1));
      boolean secondAfterLease = second.jobs().runOnce(DeliveryJob.NAME);

      assertThat(first).isTrue();
      assertThat(secondWhileLeased).isFalse();
      assertThat(secondAfterLease).isTrue();
      assertThat(receiver.received()).hasSize(2);
      assertThat(receiver.received())
          .extracting(request -> request.header(WebhookSignature.DELIVERY_HEADER))
          .containsOnly(receiver.received().get(0).header(WebhookSignature.DELIVERY_HEADER));
    }
  }

  @Test
  void sendersOnBothInstancesWithoutLease_eachDeliveryClaimedOnce() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
      String org = hookedOrganization(receiver);
      for (int i = 0; i < 30; i++) {
        stateChanged(org, "Change " + i);
      }
      DeliveryJob onFirst =
          new DeliveryJob(
              TestNotifications.config(),
              WebhookSecrets.derivedFrom(logSigner),
              EmailVerification.derivedFrom(logSigner),
              Optional.empty(),
              clock);
      DeliveryJob onSecond =
          new DeliveryJob(
              TestNotifications.config(),
              WebhookSecrets.derivedFrom(logSigner),
              EmailVerification.derivedFrom(logSigner),
              Optional.empty(),
              clock);

      List<Integer> attempted =
          together(List.of(() -> onFirst.run(db), () -> onSecond.run(secondDb)));

      assertThat(attempted.get(0) + attempted.get(1)).isEqualTo(30);
      List<String> ids =
          receiver.received().stream()
              .map(request -> request.header(WebhookSignature.DELIVERY_HEADER))
              .toList();
      assertThat(ids).hasSize(30).doesNotHaveDuplicates();
    }
  }
}
