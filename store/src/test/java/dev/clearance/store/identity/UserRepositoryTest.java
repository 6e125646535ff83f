package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.testing.BothDatabases;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserRepositoryTest extends BothDatabases {

  @Test
  void create_withEmail_storesItLowercasedAndFindsIt() {
    String handle = unique("alice");
    User user = tx(repos -> repos.users().create(handle, "Alice", handle + "@Example.ORG", null));
    Optional<User> found = tx(repos -> repos.users().findByEmail(handle + "@example.org"));
    assertThat(found).contains(user);
    assertThat(user.email()).isEqualTo(handle + "@example.org");
    assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void create_takenHandle_throwsConflictNamingHandle() {
    String handle = unique("bob");
    run(repos -> repos.users().create(handle, "Bob", null, null));
    assertThatThrownBy(() -> run(repos -> repos.users().create(handle, "Bob 2", null, null)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.table()).isEqualTo("users");
              assertThat(e.field()).isEqualTo("handle");
            });
  }

  @Test
  void create_takenEmail_throwsConflictNamingEmail() {
    String email = unique("shared") + "@example.org";
    run(repos -> repos.users().create(unique("carol"), "Carol", email, null));
    assertThatThrownBy(
            () -> run(repos -> repos.users().create(unique("dave"), "Dave", email, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
  }

  @Test
  void create_twoUsersWithoutEmail_bothStored() {
    User first = tx(repos -> repos.users().create(unique("noemail"), "One", null, null));
    User second = tx(repos -> repos.users().create(unique("noemail"), "Two", null, null));
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void create_malformedEmail_isRefused() {
    assertThatThrownBy(
            () -> run(repos -> repos.users().create(unique("eve"), "Eve", "not-an-email", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name@host");
  }

  @Test
  void updateStatus_staleVersion_throwsAndKeepsStatus() {
    User user = tx(repos -> repos.users().create(unique("frank"), "Frank", null, null));
    run(repos -> repos.users().updateProfile(user.id(), 1, "Frank F.", null));
    assertThatThrownBy(
            () -> run(repos -> repos.users().updateStatus(user.id(), 1, UserStatus.DISABLED)))
        .isInstanceOf(StaleVersionException.class);
    User updated = tx(repos -> repos.users().updateStatus(user.id(), 2, UserStatus.DISABLED));
    assertThat(updated.status()).isEqualTo(UserStatus.DISABLED);
    assertThat(updated.displayName()).isEqualTo("Frank F.");
    assertThat(updated.version()).isEqualTo(3);
  }

  @Test
  void toString_withPasswordHash_leavesItOut() {
    User user =
        tx(repos -> repos.users().create(unique("gina"), "Gina", null, "pbkdf2-sha256$1$c2FsdA$x"));
    assertThat(user.toString()).doesNotContain("pbkdf2");
  }
}
