package dev.clearance.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.LogVerification;
import dev.clearance.ledger.LogVerifier;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.QueuedEvents;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.Database;
import dev.clearance.store.audit.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two registry instances on one database (OPS-1: stateless instances behind a load balancer): each
 * with its own connection pool and HTTP server, sharing the database, the data folder and the log
 * key. Writes through both land in one gap-free audit log, and credentials made on one work on the
 * other.
 */
class MultiInstanceTest extends RegistryTestBase {

  private RegistryServer second;
  private ApiClient stewardOnSecond;

  @BeforeEach
  void startSecondInstance() throws Exception {
    Database another = anotherInstance();
    second =
        RegistryServer.start(
            new RegistryConfig(ServerConfig.loopback(), dataFolder, 1L << 20, logSigner),
            another,
            PolicyLoader.bundled(PolicyLoader.DEFAULT),
            clock,
            "test");
    stewardOnSecond = new ApiClient(second.baseUri(), steward.token(), steward.name());
  }

  @AfterEach
  void stopSecondInstance() {
    second.close();
  }

  @Test
  void concurrentWritesThroughBothInstances_allAcknowledgedInOneGapFreeVerifiedLog()
      throws Exception {
    long before = logSize();
    AtomicInteger acknowledged = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    for (int writer = 0; writer < 4; writer++) {
      ApiClient through = writer % 2 == 0 ? steward : stewardOnSecond;
      int id = writer;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  ApiResponse created =
                      through.post(
                          "/api/v1/me/tokens",
                          "{\"name\": \"" + unique("w" + id + "-" + i) + "\"}");
                  if (created.status() == 201) {
                    acknowledged.incrementAndGet();
                  } else {
                    failures.add(created.toString());
                  }
                }
              }));
    }
    for (Future<?> future : writers) {
      future.get();
    }
    pool.shutdown();

    assertThat(failures).isEmpty();
    assertThat(acknowledged).hasValue(40);
    assertThat(logSize()).isEqualTo(before + 40);
    List<StoredEntry> entries = tx(tx -> tx.audit().entries(0, 100_000));
    for (int i = 0; i < entries.size(); i++) {
      assertThat(entries.get(i).sequence()).isEqualTo(i);
    }
    String checkpoint = stewardOnSecond.get("/api/v1/log/checkpoint").body();
    LogVerification verification =
        LogVerifier.verify(
            entries.stream().map(entry -> entry.leaf().getBytes(StandardCharsets.UTF_8)).iterator(),
            checkpoint.getBytes(StandardCharsets.UTF_8),
            List.of(logSigner.verifier()));
    assertThat(verification.ok()).as(verification.message()).isTrue();
  }

  @Test
  void tokenMadeOnOneInstance_worksAndIsRevokedOnTheOther() {
    ApiResponse created =
        steward.post("/api/v1/me/tokens", "{\"name\": \"" + unique("shared") + "\"}");
    ApiClient viaSecond =
        new ApiClient(
            second.baseUri(), Optional.of(created.json().path("token").asText()), "token");

    assertThat(viaSecond.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(steward.delete("/api/v1/me/tokens/" + created.json().path("id").asText()).status())
        .isEqualTo(204);
    assertThat(viaSecond.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void sessionStartedOnOneInstance_servesAndEndsOnTheOther() {
    String handle = unique("walker");
    ApiResponse signUp =
        anonymous.post(
            "/api/v1/users",
            "{\"handle\": \""
                + handle
                + "\", \"displayName\": \"Walker\", \"email\": \""
                + handle
                + "@example.org\", \"password\": \"correct horse battery\"}");
    assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
    ApiResponse signIn =
        anonymous.post(
            "/api/v1/session",
            "{\"handle\": \"" + handle + "\", \"password\": \"correct horse battery\"}");
    assertThat(signIn.status()).as(signIn.toString()).isEqualTo(201);
    String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    String csrf = signIn.json().path("csrfToken").asText();
    ApiClient onSecond = new ApiClient(second.baseUri(), Optional.empty(), handle);

    ApiResponse me = onSecond.send("GET", "/api/v1/me", null, null, Map.of("Cookie", cookie));
    ApiResponse signOut =
        onSecond.send(
            "DELETE",
            "/api/v1/session",
            null,
            null,
            Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
    ApiResponse afterOnFirst =
        anonymous.send("GET", "/api/v1/me", null, null, Map.of("Cookie", cookie));

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("handle").asText()).isEqualTo(handle);
    assertThat(signOut.status()).isEqualTo(204);
    assertThat(afterOnFirst.status()).isEqualTo(401);
  }

  @Test
  void start_auditEventsACrashLeftQueued_integratedBeforeServing() throws Exception {
    String subject = unique("crashed-decision");
    run(
        tx ->
            tx.auditQueue()
                .enqueue(List.of(QueuedEvents.leftover(clock, "org.create", subject, "created"))));

    try (RegistryServer third =
        RegistryServer.start(
            new RegistryConfig(ServerConfig.loopback(), dataFolder, 1L << 20, logSigner),
            anotherInstance(),
            PolicyLoader.bundled(PolicyLoader.DEFAULT),
            clock,
            "test")) {
      long queued = tx(tx -> tx.auditQueue().size());
      List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(subject, true));
      assertThat(queued).isZero();
      assertThat(about).hasSize(1);
    }
  }

  private long logSize() {
    return tx(tx -> tx.audit().readTree().size());
  }
}
