package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionRepositoryTest extends BothDatabases {

  private User newUser() {
    return tx(repos -> repos.users().create(unique("browser"), "Browser", null, null));
  }

  @Test
  void create_thenFindBySecret_returnsTheSession() {
    User user = newUser();
    NewSession created = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(8)));
    Optional<Session> found = tx(repos -> repos.sessions().find(created.secret()));
    assertThat(found).contains(created.session());
    assertThat(created.session().idHash()).doesNotContain(created.secret());
    assertThat(created.toString())
        .doesNotContain(created.secret())
        .doesNotContain(created.csrfToken());
  }

  @Test
  void find_afterExpiry_isEmpty() {
    User user = newUser();
    NewSession created = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(1)));
    clock.advance(Duration.ofHours(1));
    Optional<Session> found = tx(repos -> repos.sessions().find(created.secret()));
    Integer removed = tx(repos -> repos.sessions().deleteExpired());
    assertThat(found).isEmpty();
    assertThat(removed).isPositive();
  }

  @Test
  void checkCsrf_rightAndWrongToken_onlyRightPasses() {
    User user = newUser();
    NewSession created = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(1)));
    Boolean right = tx(repos -> repos.sessions().checkCsrf(created.session(), created.csrfToken()));
    Boolean wrong = tx(repos -> repos.sessions().checkCsrf(created.session(), "forged"));
    Boolean missing = tx(repos -> repos.sessions().checkCsrf(created.session(), null));
    assertThat(right).isTrue();
    assertThat(wrong).isFalse();
    assertThat(missing).isFalse();
  }

  @Test
  void csrfTokenOf_secretOfTheSession_isTheTokenCreatedWithIt() {
    User user = newUser();
    NewSession created = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(1)));
    NewSession other = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(1)));
    String derived = SessionRepository.csrfTokenOf(created.secret());
    Boolean accepted = tx(repos -> repos.sessions().checkCsrf(created.session(), derived));
    Boolean otherSessionsToken =
        tx(repos -> repos.sessions().checkCsrf(other.session(), created.csrfToken()));
    assertThat(derived).isEqualTo(created.csrfToken()).doesNotContain(created.secret());
    assertThat(derived).matches("[A-Za-z0-9_-]{43}");
    assertThat(accepted).isTrue();
    assertThat(otherSessionsToken).isFalse();
  }

  @Test
  void csrfTokenOf_knownSecret_isSha256OfLabelAndSecretInBase64url() throws Exception {
    byte[] expected =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(
                "clearance-csrf\0clrs_example".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(SessionRepository.csrfTokenOf("clrs_example"))
        .isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
  }

  @Test
  void delete_signOut_sessionIsGone() {
    User user = newUser();
    NewSession created = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(1)));
    Boolean deleted = tx(repos -> repos.sessions().delete(created.secret()));
    Optional<Session> found = tx(repos -> repos.sessions().find(created.secret()));
    assertThat(deleted).isTrue();
    assertThat(found).isEmpty();
  }
}
