package dev.clearance.store.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  /** Fewer iterations than production, to keep the suite quick; one test uses the default. */
  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void hash_defaultHasher_usesOwasp2023IterationsAndVerifies() {
    PasswordHasher production = new PasswordHasher();
    String encoded = production.hash("correct horse".toCharArray());
    assertThat(encoded).startsWith("pbkdf2-sha256$600000$");
    assertThat(production.verify("correct horse".toCharArray(), encoded)).isTrue();
  }

  @Test
  void verify_wrongPassword_isFalse() {
    String encoded = hasher.hash("s3cret!".toCharArray());
    assertThat(hasher.verify("s3cret?".toCharArray(), encoded)).isFalse();
  }

  @Test
  void hash_samePasswordTwice_differsBySalt() {
    assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
  }

  @Test
  void verify_hashMadeWithOtherIterations_stillVerifiesAndNeedsRehash() {
    String old = new PasswordHasher(500).hash("pw".toCharArray());
    assertThat(hasher.verify("pw".toCharArray(), old)).isTrue();
    assertThat(hasher.needsRehash(old)).isTrue();
    assertThat(hasher.needsRehash(hasher.hash("pw".toCharArray()))).isFalse();
  }

  @Test
  void verify_malformedOrNullEncoding_isFalse() {
    assertThat(hasher.verify("pw".toCharArray(), null)).isFalse();
    assertThat(hasher.verify("pw".toCharArray(), "md5$abc")).isFalse();
    assertThat(hasher.verify("pw".toCharArray(), "pbkdf2-sha256$99999999999$AA$AA")).isFalse();
  }

  @Test
  void hash_emptyPassword_isRefused() {
    assertThatThrownBy(() -> hasher.hash(new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
