package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.PasswordHasher;
import dev.clearance.store.identity.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/users} (sign-up) and {@code GET /api/v1/me}, on both databases. */
class AccountEndpointsTest extends IdentityTestBase {

  private long users() {
    return tx(repos -> (long) repos.users().list(PageRequest.first(500)).items().size());
  }

  @Test
  void signUp_validBody_createsActiveUserWithHashedPasswordAndAudits() {
    String handle = unique("grace");

    ApiResponse response =
        anonymous.post(
            "/api/v1/users", signUpBody(handle, "Grace." + handle + "@Example.org", PASSWORD));

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode body = response.json();
    assertThat(body.path("handle").asText()).isEqualTo(handle);
    assertThat(body.path("email").asText()).isEqualTo("grace." + handle + "@example.org");
    assertThat(body.path("status").asText()).isEqualTo("active");
    assertThat(response.body()).doesNotContain("pbkdf2").doesNotContain(PASSWORD);
    assertThat(body.has("passwordHash")).isFalse();
    User user = stored(handle);
    assertThat(user.passwordHash()).startsWith("pbkdf2-sha256$");
    assertThat(new PasswordHasher().verify(PASSWORD.toCharArray(), user.passwordHash())).isTrue();
    List<AuditEntry> audit = audit(user.id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("user.create");
    assertThat(audit.get(0).actor()).isEqualTo(user.id());
    assertThat(audit.get(0).toString()).doesNotContain(PASSWORD).doesNotContain("example.org");
  }

  @Test
  void signUp_takenHandle_409NamingHandleAndNothingStored() {
    String handle = signUp("taken");
    long before = users();

    ApiResponse response =
        anonymous.post(
            "/api/v1/users", signUpBody(handle, unique("other") + "@example.org", PASSWORD));

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.code()).isEqualTo("taken");
    assertThat(response.json().path("details").path("field").asText()).isEqualTo("handle");
    assertThat(users()).isEqualTo(before);
  }

  @Test
  void signUp_emailVerifiedByAnother_409NamingEmail() {
    String first = signUp("mail");
    run(repos -> repos.users().markEmailVerified(stored(first).id(), first + "@example.org"));
    String handle = unique("mail");
    long before = users();

    ApiResponse response =
        anonymous.post("/api/v1/users", signUpBody(handle, first + "@example.org", PASSWORD));

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.json().path("details").path("field").asText()).isEqualTo("email");
    assertThat(users()).isEqualTo(before);
    assertThat(userExists(handle)).isFalse();
  }

  @Test
  void signUp_shortPassword_400NamingPasswordAndNothingStored() {
    String handle = unique("short");
    ApiResponse response =
        anonymous.post("/api/v1/users", signUpBody(handle, handle + "@example.org", "elevenchars"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("invalid_value");
    assertThat(response.json().path("message").asText())
        .contains("password is 11 characters long; at least 12");
    assertThat(response.body()).doesNotContain("elevenchars");
    assertThat(userExists(handle)).isFalse();
  }

  @Test
  void signUp_overlongPassword_400() {
    String handle = unique("long");
    ApiResponse response =
        anonymous.post(
            "/api/v1/users", signUpBody(handle, handle + "@example.org", "x".repeat(1025)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("at most 1024");
    assertThat(userExists(handle)).isFalse();
  }

  @Test
  void signUp_badInput_400WithErrorBodyAndNothingStored() {
    long before = users();
    List<String> bodies =
        List.of(
            "{\"handle\":",
            "[]",
            "null",
            "",
            "{\"handle\":{\"a\":1},\"displayName\":\"X\",\"email\":\"x@y.z\",\"password\":\""
                + PASSWORD
                + "\"}",
            "{\"handle\":\"okname\",\"displayName\":\"X\",\"email\":\"x@y.z\",\"password\":[1]}",
            "{\"handle\":\"okname\",\"displayName\":true,\"email\":\"x@y.z\",\"password\":\""
                + PASSWORD
                + "\"}",
            "{\"handle\":12345,\"displayName\":\"X\",\"email\":\"x@y.z\",\"password\":\""
                + PASSWORD
                + "\"}",
            "{\"handle\":\"okname\",\"displayName\":\"X\",\"email\":\"x@y.z\",\"password\":\""
                + PASSWORD
                + "\",\"admin\":true}",
            signUpBody("Bad Handle", "bad@example.org", PASSWORD),
            signUpBody("../etc", "bad2@example.org", PASSWORD),
            signUpBody("okname2", "not-an-address", PASSWORD),
            "{\"handle\":\"okname3\",\"displayName\":\"X\",\"password\":\"" + PASSWORD + "\"}");
    for (String body : bodies) {
      ApiResponse response = anonymous.post("/api/v1/users", body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
      assertThat(response.code()).as(body).isNotBlank();
      assertThat(response.json().path("message").asText()).as(body).isNotBlank();
      assertThat(response.json().has("hint")).as(body).isTrue();
    }
    assertThat(users()).isEqualTo(before);
  }

  @Test
  void signUp_unknownField_400NamesTheField() {
    ApiResponse response =
        anonymous.post(
            "/api/v1/users",
            "{\"handle\":\"x1\",\"displayName\":\"X\",\"email\":\"x@y.z\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"steward\"]}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("unknown_field");
    assertThat(response.json().path("details").path("field").asText()).isEqualTo("roles");
  }

  @Test
  void signUp_badEmail_400NamingEmail() {
    String handle = unique("bademail");
    ApiResponse response =
        anonymous.post("/api/v1/users", signUpBody(handle, "two@@example.org", PASSWORD));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("details").path("field").asText()).isEqualTo("email");
    assertThat(userExists(handle)).isFalse();
  }

  @Test
  void me_signedIn_returnsRolesAndMemberships() {
    String org = organization("acme");
    ApiClient member = member(org, OrgRole.ADMIN, "meadmin");
    String handle = handleOf(member);
    run(repos -> repos.globalRoles().grant(stored(handle).id(), GlobalRole.EVALUATOR, null, null));

    ApiResponse response = member.get("/api/v1/me");

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.path("handle").asText()).isEqualTo(handle);
    assertThat(body.path("displayName").asText()).isEqualTo("meadmin");
    assertThat(body.path("roles").toString()).isEqualTo("[\"evaluator\"]");
    assertThat(body.path("memberships").toString())
        .isEqualTo("[{\"org\":\"" + org + "\",\"role\":\"admin\"}]");
    assertThat(response.body()).doesNotContain("password");
  }

  @Test
  void me_anonymous_401() {
    ApiResponse response = anonymous.get("/api/v1/me");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("unauthenticated");
  }

  @Test
  void me_unknownToken_401NotAnonymous() {
    ApiClient forged =
        new ApiClient(registry.baseUri(), Optional.of("clr_" + "A".repeat(43)), "forged");
    ApiResponse response = forged.get("/api/v1/me");
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void emailVerification_registryWithoutEmail_409SayingSoAndTheAddressStaysUnverified() {
    ApiClient user = user("unmailed");
    ApiResponse set = user.patch("/api/v1/me", "{\"email\": \"" + user.name() + "@example.org\"}");

    ApiResponse refused = user.post("/api/v1/me/email-verification", "");

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().path("emailVerified").asBoolean()).isFalse();
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("email_not_configured");
    assertThat(refused.json().path("hint").asText()).contains("--smtp-host");
  }
}
