package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.registry.RegistryConfig;
import dev.clearance.server.registry.RegistryServer;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.Database;
import dev.clearance.store.PageRequest;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.Bootstrap;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.PasswordHasher;
import dev.clearance.store.identity.User;
import dev.clearance.store.testing.BothDatabases;
import dev.clearance.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/bootstrap} on both databases. Each test starts a registry of its own on a
 * fresh database, whose bootstrap token nobody has redeemed yet (RegistryTestBase redeems it).
 */
class BootstrapEndpointTest extends BothDatabases {

  private TestDatabase fresh;
  private Database freshDb;
  private RegistryServer registry;
  private Path dataFolder;
  private ApiClient anonymous;
  private String token;

  @BeforeEach
  void startFreshRegistry() throws Exception {
    fresh = TestDatabase.open(dialect, clock);
    freshDb = fresh.database();
    dataFolder = Files.createTempDirectory("clearance-bootstrap-test");
    registry =
        RegistryServer.start(
            new RegistryConfig(
                ServerConfig.loopback(),
                dataFolder,
                1L << 20,
                NoteSigner.generate("test.clearance.dev/log")),
            freshDb,
            PolicyLoader.bundled(PolicyLoader.DEFAULT),
            clock,
            "test");
    anonymous = new ApiClient(registry.baseUri(), Optional.empty(), "anonymous");
    token = registry.bootstrapToken().orElseThrow();
  }

  @AfterEach
  void stopFreshRegistry() throws Exception {
    registry.close();
    fresh.close();
    try (var files = Files.walk(dataFolder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static String body(String token, String handle, String password) {
    return "{\"bootstrapToken\":\""
        + token
        + "\",\"handle\":\""
        + handle
        + "\",\"displayName\":\"First Steward\""
        + (password == null ? "" : ",\"password\":\"" + password + "\"")
        + "}";
  }

  private long users() {
    return freshDb.transaction(tx -> tx.users().list(PageRequest.first(500)).items().size());
  }

  private List<AuditEntry> audit(String subject) throws EntryException {
    List<StoredEntry> stored = freshDb.transaction(tx -> tx.audit().entriesAbout(subject, true));
    List<AuditEntry> entries = new ArrayList<>();
    for (StoredEntry entry : stored) {
      entries.add(AuditEntry.parse(entry.leaf().getBytes(StandardCharsets.UTF_8)));
    }
    return entries;
  }

  @Test
  void bootstrap_validToken_createsStewardWithWorkingTokenAndAudits() throws Exception {
    ApiResponse response =
        anonymous.post("/api/v1/bootstrap", body(token, "ada", IdentityTestBase.PASSWORD));

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode result = response.json();
    assertThat(result.path("user").path("handle").asText()).isEqualTo("ada");
    assertThat(response.body()).doesNotContain("pbkdf2").doesNotContain(token);
    String secret = result.path("token").path("token").asText();
    ApiClient ada = new ApiClient(registry.baseUri(), Optional.of(secret), "ada");
    ApiResponse me = ada.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("roles").toString()).isEqualTo("[\"steward\"]");
    User stored = freshDb.transaction(tx -> tx.users().findByHandle("ada")).orElseThrow();
    assertThat(
            new PasswordHasher()
                .verify(IdentityTestBase.PASSWORD.toCharArray(), stored.passwordHash()))
        .isTrue();
    List<AuditEntry> audit = audit(stored.id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("user.bootstrap");
    assertThat(audit.get(0).after()).isEqualTo(GlobalRole.STEWARD.code());
    assertThat(new Bootstrap(freshDb).isPending()).isFalse();
  }

  @Test
  void bootstrap_usedTwice_secondRefused403AndNothingStored() {
    assertThat(anonymous.post("/api/v1/bootstrap", body(token, "first", null)).status())
        .isEqualTo(201);
    long before = users();

    ApiResponse again = anonymous.post("/api/v1/bootstrap", body(token, "second", null));

    assertThat(again.status()).isEqualTo(403);
    assertThat(again.code()).isEqualTo("forbidden");
    assertThat(again.json().path("message").asText()).contains("already used");
    assertThat(again.json().path("hint").asText()).isNotBlank();
    assertThat(users()).isEqualTo(before);
  }

  @Test
  void bootstrap_wrongToken_403AndTokenStillUsable() {
    String wrong = "clrb_" + "B".repeat(43);
    ApiResponse refused = anonymous.post("/api/v1/bootstrap", body(wrong, "mallory", null));
    ApiResponse malformed = anonymous.post("/api/v1/bootstrap", body("guess", "mallory", null));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(malformed.status()).isEqualTo(403);
    assertThat(users()).isZero();
    assertThat(anonymous.post("/api/v1/bootstrap", body(token, "rightful", null)).status())
        .isEqualTo(201);
  }

  @Test
  void bootstrap_badInput_400AndTokenNotSpent() {
    for (String body :
        List.of(
            body(token, "Bad Handle", null),
            body(token, "..%2fx", null),
            body(token, "ada", "short"),
            "{\"bootstrapToken\":\"" + token + "\",\"handle\":\"ada\"}",
            "{\"bootstrapToken\":\""
                + token
                + "\",\"handle\":\"ada\",\"displayName\":\"A\","
                + "\"email\":\"no-at-sign\"}",
            "{\"bootstrapToken\":\""
                + token
                + "\",\"handle\":\"ada\",\"displayName\":\"A\","
                + "\"role\":\"steward\"}",
            "{\"bootstrapToken\":42}",
            "{")) {
      ApiResponse response = anonymous.post("/api/v1/bootstrap", body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
      assertThat(response.json().path("message").asText()).as(body).isNotBlank();
    }
    assertThat(users()).isZero();
    assertThat(new Bootstrap(freshDb).isPending()).isTrue();
  }

  @Test
  void bootstrap_handleTakenBySignUp_409AndTokenNotSpent() {
    String signUp =
        "{\"handle\":\"ada\",\"displayName\":\"Ada\",\"email\":\"ada@example.org\",\"password\":\""
            + IdentityTestBase.PASSWORD
            + "\"}";
    assertThat(anonymous.post("/api/v1/users", signUp).status()).isEqualTo(201);

    ApiResponse taken = anonymous.post("/api/v1/bootstrap", body(token, "ada", null));

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().path("details").path("field").asText()).isEqualTo("handle");
    assertThat(new Bootstrap(freshDb).isPending()).isTrue();
    assertThat(anonymous.post("/api/v1/bootstrap", body(token, "ada2", null)).status())
        .isEqualTo(201);
  }
}
