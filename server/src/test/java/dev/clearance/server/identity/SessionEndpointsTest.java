package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.UserStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/session}: password sign-in with cookie and CSRF token, sign-out, and the limit on
 * failed sign-ins, on both databases.
 */
class SessionEndpointsTest extends IdentityTestBase {

  private record Signed(String cookie, String csrf, ApiResponse response) {}

  private ApiResponse signIn(String handle, String password, Map<String, String> headers) {
    return anonymous.send(
        "POST",
        "/api/v1/session",
        ("{\"handle\":\"" + handle + "\",\"password\":\"" + password + "\"}").getBytes(),
        "application/json",
        headers);
  }

  private Signed signedIn(String handle) {
    ApiResponse response = signIn(handle, PASSWORD, Map.of());
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    String value = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    return new Signed(value, response.json().path("csrfToken").asText(), response);
  }

  private ApiResponse withSession(
      String method, String path, String body, String cookie, String csrf) {
    return anonymous.send(
        method,
        path,
        body == null ? null : body.getBytes(),
        body == null ? null : "application/json",
        sessionHeaders(cookie, csrf));
  }

  /** A Set-Cookie that makes the browser drop the session cookie. */
  private static void clears(String setCookie) {
    assertThat(setCookie)
        .startsWith(StoreAuthenticator.SESSION_COOKIE + "=;")
        .containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  }

  private long tokenCount(String userId) {
    return tx(repos -> repos.apiTokens().listByUser(userId)).size();
  }

  @Test
  void signIn_rightPassword_setsStrictHttpOnlyCookieAndAuthenticates() {
    String handle = signUp("web");

    Signed session = signedIn(handle);

    String setCookie = session.response().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith(StoreAuthenticator.SESSION_COOKIE + "=clrs_")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/")
        .doesNotContainIgnoringCase("Secure");
    assertThat(session.response().json().path("expiresAt").asText())
        .isEqualTo(clock.instant().plus(Sessions.LIFETIME).toString());
    assertThat(session.csrf()).isNotBlank();
    ApiResponse me = withSession("GET", "/api/v1/me", null, session.cookie(), null);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("handle").asText()).isEqualTo(handle);
  }

  @Test
  void signIn_behindTlsProxy_cookieIsSecure() {
    String handle = signUp("tls");
    ApiResponse response = signIn(handle, PASSWORD, Map.of("X-Forwarded-Proto", "https"));
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
        .containsIgnoringCase("Secure");
  }

  @Test
  void unsafeRequest_withSessionButNoCsrf_403AndNothingStored() {
    String handle = signUp("csrf");
    Signed session = signedIn(handle);
    String userId = stored(handle).id();
    long tokens = tokenCount(userId);

    ApiResponse missing =
        withSession("POST", "/api/v1/me/tokens", "{\"name\":\"x\"}", session.cookie(), null);
    ApiResponse forged =
        withSession("POST", "/api/v1/me/tokens", "{\"name\":\"x\"}", session.cookie(), "forged");
    ApiResponse right =
        withSession(
            "POST", "/api/v1/me/tokens", "{\"name\":\"x\"}", session.cookie(), session.csrf());

    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.json().path("message").asText()).contains("CSRF");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(right.status()).as(right.toString()).isEqualTo(201);
    assertThat(tokenCount(userId)).isEqualTo(tokens + 1);
  }

  @Test
  void signOut_withCsrf_endsSessionAndClearsCookie() {
    String handle = signUp("leaver");
    Signed session = signedIn(handle);

    ApiResponse withoutCsrf =
        withSession("DELETE", "/api/v1/session", null, session.cookie(), null);
    ApiResponse out =
        withSession("DELETE", "/api/v1/session", null, session.cookie(), session.csrf());

    assertThat(withoutCsrf.status()).isEqualTo(403);
    assertThat(out.status()).as(out.toString()).isEqualTo(204);
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow())
        .satisfies(SessionEndpointsTest::clears);
    ApiResponse after = withSession("GET", "/api/v1/me", null, session.cookie(), null);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.headers().firstValue("Set-Cookie").orElseThrow())
        .satisfies(SessionEndpointsTest::clears);
  }

  @Test
  void signIn_withDeadSessionCookie_stillWorks() {
    String handle = signUp("stale");
    Signed first = signedIn(handle);
    withSession("DELETE", "/api/v1/session", null, first.cookie(), first.csrf());

    // A browser whose cookie outlived its session: the 401 clears it, the retry signs in.
    ApiResponse refused = signIn(handle, PASSWORD, sessionHeaders(first.cookie(), null));
    ApiResponse retried = signIn(handle, PASSWORD, Map.of());

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Set-Cookie").orElseThrow())
        .satisfies(SessionEndpointsTest::clears);
    assertThat(retried.status()).isEqualTo(201);
  }

  @Test
  void session_afterLifetime_401() {
    String handle = signUp("expire");
    Signed session = signedIn(handle);
    clock.advance(Sessions.LIFETIME);
    assertThat(withSession("GET", "/api/v1/me", null, session.cookie(), null).status())
        .isEqualTo(401);
  }

  @Test
  void signIn_wrongPasswordOrUnknownHandle_sameAnswer() {
    String handle = signUp("guess");

    ApiResponse wrongPassword = signIn(handle, "not the password at all", Map.of());
    ApiResponse unknownHandle = signIn(unique("nobody"), PASSWORD, Map.of());
    ApiResponse invalidHandle = signIn("../Nobody", PASSWORD, Map.of());

    for (ApiResponse response : List.of(wrongPassword, unknownHandle, invalidHandle)) {
      assertThat(response.status()).isEqualTo(401);
      assertThat(response.code()).isEqualTo("sign_in_failed");
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
    assertThat(unknownHandle.json()).isEqualTo(wrongPassword.json());
    assertThat(invalidHandle.json()).isEqualTo(wrongPassword.json());
  }

  @Test
  void signIn_disabledUser_401() {
    String handle = signUp("disabled");
    run(repos -> repos.users().updateStatus(stored(handle).id(), 1, UserStatus.DISABLED));
    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(401);
  }

  @Test
  void signIn_badBody_400() {
    for (String body :
        List.of("{\"handle\":\"a\"}", "{\"handle\":1,", "{\"handle\":\"a\",\"password\":{}}")) {
      ApiResponse response = anonymous.post("/api/v1/session", body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void signIn_fiveFailures_429UntilWindowPassesThenRightPasswordWorks() {
    String handle = signUp("brute");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(signIn(handle, "wrong password " + i, Map.of()).status()).isEqualTo(401);
    }

    ApiResponse blocked = signIn(handle, PASSWORD, Map.of());

    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.code()).isEqualTo("too_many_attempts");
    assertThat(blocked.json().path("hint").asText()).isNotBlank();
    // The first failure was 4 minutes ago; it leaves the 15-minute window in 11 minutes.
    assertThat(blocked.headers().firstValue("Retry-After")).contains("660");
    clock.advance(Duration.ofMinutes(11).minusSeconds(1));
    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(1));

    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(201);
  }

  @Test
  void signIn_unknownHandleFailures_alsoLimited() {
    String handle = unique("ghost");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(401);
    }
    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(429);
  }

  @Test
  void signIn_successAfterFourFailures_resetsTheCount() {
    String handle = signUp("forgetful");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      assertThat(signIn(handle, "wrong password " + i, Map.of()).status()).isEqualTo(401);
    }
    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(201);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      assertThat(signIn(handle, "wrong again " + i, Map.of()).status()).isEqualTo(401);
    }
    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(201);
  }

  @Test
  void failures_storedInDatabase_sharedAcrossInstances() {
    String handle = signUp("shared");
    // Another instance recorded these failures: the limit is read from the database only.
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      run(repos -> LoginThrottle.recordFailure(repos, handle, clock.instant()));
    }
    assertThat(signIn(handle, PASSWORD, Map.of()).status()).isEqualTo(429);
  }
}
