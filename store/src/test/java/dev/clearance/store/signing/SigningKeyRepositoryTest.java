package dev.clearance.store.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeyRepositoryTest extends BothDatabases {

  private static final String PEM = "-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n";

  private Organization newOrganization() {
    return tx(repos -> repos.organizations().create(unique("org"), "Org"));
  }

  private static SigningKeyRepository keys(dev.clearance.store.Repositories repos) {
    return new SigningKeyRepository(repos.handle(), repos.clock());
  }

  @Test
  void add_newKey_foundByNameAndHint() {
    Organization org = newOrganization();
    SigningKey added = tx(repos -> keys(repos).add(org.id(), "release", "ed25519", PEM, hex('a')));
    Optional<SigningKey> byName = tx(repos -> keys(repos).findByName(org.id(), "release"));
    Optional<SigningKey> byHint = tx(repos -> keys(repos).findByHint(org.id(), hex('a')));
    assertThat(byName).contains(added);
    assertThat(byHint).contains(added);
    assertThat(added.isRevoked()).isFalse();
    assertThat(added.publicKeyPem()).isEqualTo(PEM);
  }

  @Test
  void add_sameNameTwice_conflictOnName() {
    Organization org = newOrganization();
    run(repos -> keys(repos).add(org.id(), "release", "ed25519", PEM, hex('a')));
    assertThatThrownBy(
            () -> run(repos -> keys(repos).add(org.id(), "release", "ed25519", PEM, hex('b'))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void add_sameKeyUnderTwoNames_conflictOnHint() {
    Organization org = newOrganization();
    run(repos -> keys(repos).add(org.id(), "first", "ed25519", PEM, hex('c')));
    assertThatThrownBy(
            () -> run(repos -> keys(repos).add(org.id(), "second", "ed25519", PEM, hex('c'))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.field()).isEqualTo("key_hint"));
  }

  @Test
  void add_sameKeyInTwoOrganizations_bothStored() {
    Organization first = newOrganization();
    Organization second = newOrganization();
    run(repos -> keys(repos).add(first.id(), "shared", "ed25519", PEM, hex('d')));
    run(repos -> keys(repos).add(second.id(), "shared", "ed25519", PEM, hex('d')));
    Optional<SigningKey> found = tx(repos -> keys(repos).findByHint(second.id(), hex('d')));
    assertThat(found.map(SigningKey::orgId)).contains(second.id());
  }

  @Test
  void add_unknownOrganization_missingReference() {
    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        keys(repos)
                            .add(
                                "0190b2d4-0000-7000-8000-000000000000",
                                "k",
                                "ed25519",
                                PEM,
                                hex('e'))))
        .isInstanceOf(MissingReferenceException.class);
  }

  @Test
  void add_nameNotASlug_refusedNamingTheRule() {
    Organization org = newOrganization();
    assertThatThrownBy(
            () -> run(repos -> keys(repos).add(org.id(), "Bad Name", "ed25519", PEM, hex('f'))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key name");
  }

  @Test
  void revoke_liveKey_keepsRowWithRevocationTime() {
    Organization org = newOrganization();
    SigningKey added = tx(repos -> keys(repos).add(org.id(), "old", "ed25519", PEM, hex('1')));
    clock.advance(Duration.ofMinutes(3));
    Optional<SigningKey> revoked = tx(repos -> keys(repos).revoke(added.id()));
    Optional<SigningKey> again = tx(repos -> keys(repos).revoke(added.id()));
    List<SigningKey> listed = tx(repos -> keys(repos).listByOrganization(org.id()));
    assertThat(revoked.map(SigningKey::revokedAt)).contains(clock.instant());
    assertThat(revoked.map(SigningKey::version)).contains(2L);
    assertThat(again).isEmpty();
    assertThat(listed).extracting(SigningKey::name).containsExactly("old");
    assertThat(listed.get(0).isRevoked()).isTrue();
  }

  @Test
  void listByOrganization_twoKeys_sortedByNameAndOnlyOwn() {
    Organization org = newOrganization();
    Organization other = newOrganization();
    run(repos -> keys(repos).add(org.id(), "zeta", "ed25519", PEM, hex('2')));
    run(repos -> keys(repos).add(org.id(), "alpha", "ecdsa-p256", PEM, hex('3')));
    run(repos -> keys(repos).add(other.id(), "beta", "ed25519", PEM, hex('4')));
    List<SigningKey> listed = tx(repos -> keys(repos).listByOrganization(org.id()));
    assertThat(listed).extracting(SigningKey::name).containsExactly("alpha", "zeta");
  }

  private static String hex(char digit) {
    return String.valueOf(digit).repeat(64);
  }
}
