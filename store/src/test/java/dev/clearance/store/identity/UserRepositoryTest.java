package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.testing.BothDatabases;
import java.util.List;
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
  void markEmailVerified_currentAddress_verifiesItOnce() {
    String handle = unique("gina");
    User user = tx(repos -> repos.users().create(handle, "Gina", handle + "@example.org", null));
    assertThat(user.emailVerified()).isFalse();

    Optional<User> verified =
        tx(repos -> repos.users().markEmailVerified(user.id(), handle + "@example.org"));
    Optional<User> again =
        tx(repos -> repos.users().markEmailVerified(user.id(), handle + "@example.org"));

    assertThat(verified).hasValueSatisfying(u -> assertThat(u.emailVerified()).isTrue());
    assertThat(verified.orElseThrow().version()).isEqualTo(user.version() + 1);
    assertThat(again).isEmpty();
    User stored = tx(repos -> repos.users().find(user.id())).orElseThrow();
    assertThat(stored.emailVerifiedAt()).isEqualTo(verified.orElseThrow().emailVerifiedAt());
  }

  @Test
  void markEmailVerified_addressChangedSince_changesNothing() {
    String handle = unique("hank");
    User user = tx(repos -> repos.users().create(handle, "Hank", handle + "@example.org", null));
    User moved =
        tx(repos -> repos.users().updateProfile(user.id(), 1, "Hank", handle + "@elsewhere.org"));

    Optional<User> stale =
        tx(repos -> repos.users().markEmailVerified(user.id(), handle + "@example.org"));

    Optional<User> stored = tx(repos -> repos.users().find(user.id()));
    assertThat(stale).isEmpty();
    assertThat(stored).contains(moved);
    assertThat(moved.emailVerified()).isFalse();
  }

  @Test
  void updateProfile_newAddress_unverifiesIt_sameAddress_keepsItVerified() {
    String handle = unique("iris");
    String address = handle + "@example.org";
    User user = tx(repos -> repos.users().create(handle, "Iris", address, null));
    User verified = tx(repos -> repos.users().markEmailVerified(user.id(), address)).orElseThrow();

    User renamed =
        tx(
            repos ->
                repos
                    .users()
                    .updateProfile(
                        user.id(), verified.version(), "Iris B.", address.toUpperCase()));
    User moved =
        tx(
            repos ->
                repos
                    .users()
                    .updateProfile(
                        user.id(), renamed.version(), "Iris B.", handle + "@elsewhere.org"));
    User back =
        tx(repos -> repos.users().updateProfile(user.id(), moved.version(), "Iris B.", address));

    assertThat(renamed.emailVerifiedAt()).isEqualTo(verified.emailVerifiedAt());
    assertThat(renamed.emailVerified()).isTrue();
    assertThat(moved.emailVerifiedAt()).isNull();
    assertThat(back.emailVerified()).isFalse();
  }

  @Test
  void releaseUnverifiedEmail_unverifiedHolderLosesIt_verifiedHolderKeepsIt() {
    String squatted = unique("victim") + "@example.org";
    String owned = unique("owner") + "@example.org";
    User squatter = tx(repos -> repos.users().create(unique("squatter"), "S", squatted, null));
    User owner = tx(repos -> repos.users().create(unique("owner"), "O", owned, null));
    run(repos -> repos.users().markEmailVerified(owner.id(), owned));

    List<String> fromSquatter =
        tx(repos -> repos.users().releaseUnverifiedEmail(squatted.toUpperCase(), null));
    List<String> fromOwner = tx(repos -> repos.users().releaseUnverifiedEmail(owned, null));
    List<String> fromItself =
        tx(repos -> repos.users().releaseUnverifiedEmail(squatted, squatter.id()));
    User victim = tx(repos -> repos.users().create(unique("victim"), "V", squatted, null));

    assertThat(fromSquatter).containsExactly(squatter.id());
    assertThat(fromOwner).isEmpty();
    assertThat(fromItself).isEmpty();
    User after = tx(repos -> repos.users().find(squatter.id())).orElseThrow();
    assertThat(after.email()).isNull();
    assertThat(after.version()).isEqualTo(squatter.version() + 1);
    assertThat(victim.email()).isEqualTo(squatted);
    assertThat(tx(repos -> repos.users().find(owner.id())).orElseThrow().email()).isEqualTo(owned);
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
