package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.PublicLog;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5 "Show it", crash safety (OPS-1, ACC-1): {@code clearance serve} runs as its own process
 * while several threads write (organizations and API tokens, each an audit log entry in the same
 * transaction); after a number of acknowledged writes the process is killed with SIGKILL, in the
 * middle of further writes. Restarted on the same data folder and database, the registry still has
 * every write it acknowledged, {@code clearance log verify} verifies the log against a checkpoint
 * fetched after the restart and against one saved before the kill, and the state check is ok. Runs
 * on the embedded SQLite database and on a fresh PostgreSQL schema.
 */
class CrashSafetyTest {

  private static final int WRITERS = 4;
  private static final int CHECKPOINT_AFTER = 20;
  private static final int KILL_AFTER = 60;

  @TempDir Path temp;

  /**
   * What the writers were told succeeded, anything unexpected they were told, and how many requests
   * got no answer because the server died under them.
   */
  private record Acknowledged(
      Queue<String> organizations,
      Queue<String> tokenIds,
      Queue<String> unexpected,
      AtomicInteger unanswered) {
    Acknowledged() {
      this(
          new ConcurrentLinkedQueue<>(),
          new ConcurrentLinkedQueue<>(),
          new ConcurrentLinkedQueue<>(),
          new AtomicInteger());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sqlite", "postgresql"})
  void serve_killedDuringConcurrentWrites_keepsAcknowledgedWritesAndLogVerifies(String database)
      throws Exception {
    Path data = temp.resolve("data");
    try (PostgresSchema schema =
        database.equals("postgresql") ? PostgresSchema.create() : PostgresSchema.none()) {
      String[] db = schema.serveArguments();
      ServeProcess first = ServeProcess.start(data, db);
      String pinnedKey = first.verifierKey();
      ApiClient steward = bootstrap(first);

      Acknowledged acknowledged = new Acknowledged();
      CountDownLatch checkpointDue = new CountDownLatch(CHECKPOINT_AFTER);
      CountDownLatch killDue = new CountDownLatch(KILL_AFTER);
      AtomicBoolean killed = new AtomicBoolean();
      List<Thread> writers = new ArrayList<>();
      for (int writer = 0; writer < WRITERS; writer++) {
        int id = writer;
        Thread thread =
            new Thread(
                () -> write(steward, id, acknowledged, killed, checkpointDue, killDue),
                "writer-" + writer);
        writers.add(thread);
        thread.start();
      }
      checkpointDue.await();
      Path beforeKill = Files.writeString(temp.resolve("before-kill.note"), checkpoint(first));
      killDue.await();
      int exitValue = first.kill();
      killed.set(true);
      for (Thread thread : writers) {
        thread.join();
      }

      ServeProcess second = ServeProcess.start(data, db);
      try {
        URI base = second.base();
        ApiClient stewardAgain = new ApiClient(base, steward.token(), steward.name());
        ApiClient anonymous = new ApiClient(base, Optional.empty(), "anonymous");
        ApiResponse newWrite =
            stewardAgain.post("/api/v1/me/tokens", "{\"name\": \"after-restart\"}");
        List<String> organizationIds = new ArrayList<>();
        List<Integer> organizationStatuses = new ArrayList<>();
        for (String slug : acknowledged.organizations()) {
          ApiResponse organization = anonymous.get("/api/v1/orgs/" + slug);
          organizationStatuses.add(organization.status());
          organizationIds.add(organization.json().path("id").asText());
        }
        Set<String> storedTokenIds = tokenIds(stewardAgain);
        CliRun verifyLatest =
            CliRun.real("log", "verify", "--server", base.toString(), "--key", pinnedKey);
        CliRun verifySinceKill =
            CliRun.real(
                "log",
                "verify",
                "--server",
                base.toString(),
                "--key",
                pinnedKey,
                "--checkpoint",
                beforeKill.toString());
        PublicLog log = PublicLog.read(anonymous, pinnedKey);
        JsonNode stateCheck = stewardAgain.get("/api/v1/log/state-check").json();

        assertThat(exitValue).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(acknowledged.unexpected()).isEmpty();
        assertThat(acknowledged.unanswered().get())
            .as("writes were under way when the server was killed")
            .isPositive();
        assertThat(acknowledged.organizations().size() + acknowledged.tokenIds().size())
            .isGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(second.bootstrapToken()).as("not a first start").isEmpty();
        assertThat(second.verifierKey()).isEqualTo(pinnedKey);
        assertThat(newWrite.status()).as(newWrite.toString()).isEqualTo(201);
        assertThat(organizationStatuses).containsOnly(200);
        assertThat(storedTokenIds).containsAll(acknowledged.tokenIds());
        assertThat(verifyLatest.exitCode())
            .as(verifyLatest.out() + verifyLatest.err())
            .isEqualTo(ExitCode.OK);
        assertThat(verifyLatest.out()).startsWith("VERIFIED");
        assertThat(verifySinceKill.exitCode())
            .as(verifySinceKill.out() + verifySinceKill.err())
            .isEqualTo(ExitCode.OK);
        assertThat(verifySinceKill.out()).contains("consistency proof from size");
        assertThat(log.ok()).as(log.verification().message() + log.problems()).isTrue();
        for (String organizationId : organizationIds) {
          assertThat(log.actionsAbout(organizationId))
              .as("the organization and its first admin, logged in its transaction")
              .containsExactly("org.create", "member.add");
        }
        assertThat(
                log.entries().stream()
                    .filter(entry -> entry.action().equals("token.create"))
                    .count())
            .as("one token.create per acknowledged token, the bootstrap's and the new one")
            .isGreaterThanOrEqualTo(acknowledged.tokenIds().size() + 1L);
        assertThat(stateCheck.path("ok").asBoolean()).as(stateCheck.toString()).isTrue();
      } finally {
        second.stop();
      }
    }
  }

  /** Creates the first steward with the printed one-time token; returns a client acting as them. */
  private static ApiClient bootstrap(ServeProcess serve) {
    String token = serve.bootstrapToken().orElseThrow(() -> new AssertionError(serve.output()));
    ApiClient anonymous = new ApiClient(serve.base(), Optional.empty(), "anonymous");
    ApiResponse created =
        anonymous.post(
            "/api/v1/bootstrap",
            "{\"bootstrapToken\": \""
                + token
                + "\", \"handle\": \"steward\", \"displayName\": \"First Steward\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new ApiClient(
        serve.base(), Optional.of(created.json().path("token").path("token").asText()), "steward");
  }

  /**
   * Writes until the server is gone: even writers create organizations, odd ones API tokens.
   * Records each write the server acknowledged (2xx); a request without an answer is not recorded.
   */
  private static void write(
      ApiClient steward,
      int writer,
      Acknowledged acknowledged,
      AtomicBoolean killed,
      CountDownLatch checkpointDue,
      CountDownLatch killDue) {
    for (int index = 0; !killed.get(); index++) {
      String name = "w" + writer + "-" + index;
      ApiResponse response;
      try {
        response =
            writer % 2 == 0
                ? steward.post(
                    "/api/v1/orgs",
                    "{\"slug\": \"org-"
                        + name
                        + "\", \"displayName\": \"Org "
                        + name
                        + "\", \"admin\": \"steward\"}")
                : steward.post("/api/v1/me/tokens", "{\"name\": \"" + name + "\"}");
      } catch (UncheckedIOException noAnswer) {
        acknowledged.unanswered().incrementAndGet();
        return;
      }
      if (response.status() == 201) {
        if (writer % 2 == 0) {
          acknowledged.organizations().add("org-" + name);
        } else {
          acknowledged.tokenIds().add(response.json().path("id").asText());
        }
        checkpointDue.countDown();
        killDue.countDown();
      } else {
        acknowledged.unexpected().add(name + ": " + response);
      }
    }
  }

  private static String checkpoint(ServeProcess serve) {
    ApiResponse response =
        new ApiClient(serve.base(), Optional.empty(), "anonymous").get("/api/v1/log/checkpoint");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  /** Every token id of the caller, following the pages. */
  private static Set<String> tokenIds(ApiClient client) {
    Set<String> ids = new HashSet<>();
    String path = "/api/v1/me/tokens?limit=200";
    while (true) {
      JsonNode page = client.get(path).json();
      page.path("items").forEach(item -> ids.add(item.path("id").asText()));
      if (!page.hasNonNull("next")) {
        return ids;
      }
      path = "/api/v1/me/tokens?limit=200&after=" + page.path("next").asText();
    }
  }
}
