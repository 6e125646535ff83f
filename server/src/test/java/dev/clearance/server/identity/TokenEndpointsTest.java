package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/me/tokens}: create (shown once), list, revoke, on both databases. */
class TokenEndpointsTest extends IdentityTestBase {

  private ApiClient as(String secret, String name) {
    return new ApiClient(registry.baseUri(), Optional.of(secret), name);
  }

  private long tokensOf(String handle) {
    String id = stored(handle).id();
    return tx(repos -> (long) repos.apiTokens().listByUser(id).size());
  }

  @Test
  void create_thenUse_secretShownOnceAndWorks() {
    ApiClient owner = user("owner");
    String handle = handleOf(owner);

    ApiResponse created = owner.post("/api/v1/me/tokens", "{\"name\":\"ci\",\"expiresInDays\":30}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    String secret = body.path("token").asText();
    assertThat(secret).matches("clr_[A-Za-z0-9_-]{43}");
    assertThat(body.path("prefix").asText()).isEqualTo(secret.substring(0, 12));
    assertThat(body.path("expiresAt").asText())
        .isEqualTo(clock.instant().plus(Duration.ofDays(30)).toString());
    ApiResponse me = as(secret, "new token").get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("handle").asText()).isEqualTo(handle);
    ApiResponse list = owner.get("/api/v1/me/tokens");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(secret).contains(body.path("prefix").asText());
    String userId = stored(handle).id();
    List<AuditEntry> audit = audit(userId);
    assertThat(audit).extracting(AuditEntry::action).containsExactly("token.create");
    assertThat(audit.get(0).toString()).doesNotContain(secret);
    String stored =
        tx(repos -> repos.audit().entriesAbout(userId, true))
            .get(0)
            .revealed()
            .orElseThrow()
            .details();
    assertThat(stored).doesNotContain(secret).contains(body.path("id").asText());
  }

  @Test
  void create_anonymous_401AndNothingStored() {
    ApiResponse response = anonymous.post("/api/v1/me/tokens", "{\"name\":\"ci\"}");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("unauthenticated");
  }

  @Test
  void create_sameNameTwice_409NamingName() {
    ApiClient owner = user("twice");
    assertThat(owner.post("/api/v1/me/tokens", "{\"name\":\"deploy\"}").status()).isEqualTo(201);

    ApiResponse again = owner.post("/api/v1/me/tokens", "{\"name\":\"deploy\"}");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("details").path("field").asText()).isEqualTo("name");
    assertThat(tokensOf(handleOf(owner))).isEqualTo(2); // the test token and one "deploy"
  }

  @Test
  void create_badInput_400AndNothingStored() {
    ApiClient owner = user("badtoken");
    String handle = handleOf(owner);
    long before = tokensOf(handle);
    for (String body :
        List.of(
            "{\"name\":\"x\",\"expiresInDays\":0}",
            "{\"name\":\"x\",\"expiresInDays\":3651}",
            "{\"name\":\"x\",\"expiresInDays\":\"soon\"}",
            "{\"name\":\"\"}",
            "{\"name\":\"a\\u0000b\"}",
            "{\"expiresInDays\":5}",
            "{\"name\":\"x\",\"scopes\":[]}",
            "{\"name\":[\"x\"]}",
            "{name:x}")) {
      ApiResponse response = owner.post("/api/v1/me/tokens", body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
      assertThat(response.json().path("message").asText()).as(body).isNotBlank();
    }
    assertThat(tokensOf(handle)).isEqualTo(before);
  }

  @Test
  void list_manyTokens_pagesWithNextCursor() {
    ApiClient owner = user("pager");
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofMillis(1));
      assertThat(owner.post("/api/v1/me/tokens", "{\"name\":\"t" + i + "\"}").status())
          .isEqualTo(201);
    }
    List<String> names = new ArrayList<>();
    String path = "/api/v1/me/tokens?limit=2";
    int pages = 0;
    while (path != null) {
      ApiResponse page = owner.get(path);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      page.json().path("items").forEach(item -> names.add(item.path("name").asText()));
      assertThat(page.body()).doesNotContain("\"token\"");
      JsonNode next = page.json().path("next");
      path = next.isMissingNode() ? null : "/api/v1/me/tokens?limit=2&after=" + next.asText();
      pages++;
    }
    assertThat(names).containsExactly("test", "t0", "t1", "t2", "t3");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void list_badPageParameters_400NamingParameter() {
    ApiClient owner = user("badpage");
    for (String query : List.of("limit=0", "limit=201", "limit=ten", "after=")) {
      ApiResponse response = owner.get("/api/v1/me/tokens?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.code()).isEqualTo("invalid_parameter");
      assertThat(response.json().path("details").path("parameter").asText())
          .isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void revoke_ownToken_stopsWorkingAndAudits() {
    ApiClient owner = user("revoker");
    String handle = handleOf(owner);
    JsonNode created = owner.post("/api/v1/me/tokens", "{\"name\":\"old\"}").json();
    ApiClient old = as(created.path("token").asText(), "old");
    assertThat(old.get("/api/v1/me").status()).isEqualTo(200);

    ApiResponse revoked = owner.delete("/api/v1/me/tokens/" + created.path("id").asText());

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    ApiResponse refused = old.get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.code()).isEqualTo("unauthenticated");
    JsonNode listed = owner.get("/api/v1/me/tokens").json().path("items");
    assertThat(listed.toString()).contains("\"status\":\"revoked\"");
    assertThat(auditActions(stored(handle).id())).containsExactly("token.create", "token.revoke");
    ApiResponse again = owner.delete("/api/v1/me/tokens/" + created.path("id").asText());
    assertThat(again.status()).isEqualTo(204);
    assertThat(auditActions(stored(handle).id())).hasSize(2);
  }

  @Test
  void revoke_otherUsersToken_404AndTokenStillWorks() {
    ApiClient owner = user("victim");
    ApiClient other = user("attacker");
    JsonNode created = owner.post("/api/v1/me/tokens", "{\"name\":\"mine\"}").json();

    ApiResponse response = other.delete("/api/v1/me/tokens/" + created.path("id").asText());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.code()).isEqualTo("not_found");
    assertThat(as(created.path("token").asText(), "mine").get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void revoke_malformedOrUnknownId_404() {
    ApiClient owner = user("unknownid");
    for (String id :
        List.of("not-an-id", "..%2f..%2fetc", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")) {
      ApiResponse response = owner.delete("/api/v1/me/tokens/" + id);
      assertThat(response.status()).as(id + " -> " + response).isEqualTo(404);
      assertThat(response.json().path("code").asText()).isEqualTo("not_found");
    }
  }

  @Test
  void expiredToken_afterClockPassesExpiry_401() {
    ApiClient owner = user("expiring");
    JsonNode created =
        owner.post("/api/v1/me/tokens", "{\"name\":\"short\",\"expiresInDays\":1}").json();
    ApiClient shortLived = as(created.path("token").asText(), "short");
    assertThat(shortLived.get("/api/v1/me").status()).isEqualTo(200);

    clock.advance(Duration.ofDays(1));

    assertThat(shortLived.get("/api/v1/me").status()).isEqualTo(401);
    JsonNode listed = owner.get("/api/v1/me/tokens").json().path("items");
    assertThat(listed.toString()).contains("\"name\":\"short\",\"prefix\"").contains("expired");
  }
}
