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
  void delete_signOut_sessionIsGone() {
    User user = newUser();
    NewSession created = tx(repos -> repos.sessions().create(user.id(), Duration.ofHours(1)));
    Boolean deleted = tx(repos -> repos.sessions().delete(created.secret()));
    Optional<Session> found = tx(repos -> repos.sessions().find(created.secret()));
    assertThat(deleted).isTrue();
    assertThat(found).isEmpty();
  }
}
