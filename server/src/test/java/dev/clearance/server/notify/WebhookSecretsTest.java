package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.ledger.note.NoteSigner;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Sealing webhook secrets for the database: AES-256-GCM under a key derived by HKDF-SHA256. */
class WebhookSecretsTest {

  private static final String SECRET = "whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

  private static WebhookSecrets secrets() throws Exception {
    return WebhookSecrets.derivedFrom(NoteSigner.generate("test.clearance.dev/log"));
  }

  /** RFC 5869, appendix A.1 (test case 1): the derivation is HKDF-SHA256 as specified. */
  @Test
  void hkdfSha256_rfc5869TestCase1_givesTheRfcsOutput() {
    HexFormat hex = HexFormat.of();
    byte[] okm =
        RegistryKeys.hkdfSha256(
            hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            hex.parseHex("000102030405060708090a0b0c"),
            hex.parseHex("f0f1f2f3f4f5f6f7f8f9"));

    // The RFC's 42-byte output begins with these 32 bytes (one HMAC block).
    assertThat(hex.formatHex(okm))
        .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
  }

  @Test
  void sealThenOpen_givesTheSecretBack_andTheStoredFormHidesIt() throws Exception {
    WebhookSecrets secrets = secrets();

    String sealed = secrets.seal(SECRET);

    assertThat(sealed).startsWith("sealed:v1:" + secrets.keyId() + ":").doesNotContain("whsec_");
    assertThat(WebhookSecrets.isSealed(sealed)).isTrue();
    assertThat(secrets.open(sealed)).isEqualTo(SECRET);
  }

  @Test
  void seal_twice_usesANewNonceEachTime() throws Exception {
    WebhookSecrets secrets = secrets();

    assertThat(secrets.seal(SECRET)).isNotEqualTo(secrets.seal(SECRET));
  }

  @Test
  void open_plainSecretFromBeforeSealing_returnedAsItIs() throws Exception {
    assertThat(secrets().open(SECRET)).isEqualTo(SECRET);
    assertThat(WebhookSecrets.isSealed(SECRET)).isFalse();
  }

  @Test
  void open_sealedUnderAnotherRegistrysKey_refusedNamingBothKeys() throws Exception {
    WebhookSecrets ours = secrets();
    WebhookSecrets theirs = secrets();
    String sealed = theirs.seal(SECRET);

    assertThatThrownBy(() -> ours.open(sealed))
        .isInstanceOf(WebhookSecrets.SecretUnavailableException.class)
        .hasMessageContaining("sealed under key " + theirs.keyId())
        .hasMessageContaining("this registry's key is " + ours.keyId())
        .hasMessageContaining("same audit log key file")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void open_oneCharacterOfTheCiphertextChanged_refusedAsDamaged() throws Exception {
    WebhookSecrets secrets = secrets();
    String sealed = secrets.seal(SECRET);
    int last = sealed.length() - 5;
    String tampered =
        sealed.substring(0, last)
            + (sealed.charAt(last) == 'A' ? 'B' : 'A')
            + sealed.substring(last + 1);

    assertThatThrownBy(() -> secrets.open(tampered))
        .isInstanceOf(WebhookSecrets.SecretUnavailableException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> secrets.open("sealed:v1:" + secrets.keyId() + ":not*base64"))
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> secrets.open("sealed:v1:" + secrets.keyId() + ":AAAA"))
        .hasMessageContaining("damaged");
  }

  @Test
  void derivedFrom_sameLogKey_sameKeyOnEveryInstance() throws Exception {
    NoteSigner logKey = NoteSigner.generate("test.clearance.dev/log");
    WebhookSecrets first = WebhookSecrets.derivedFrom(logKey);
    WebhookSecrets second = WebhookSecrets.derivedFrom(NoteSigner.parse(logKey.signerKey()));

    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(second.open(first.seal(SECRET))).isEqualTo(SECRET);
  }
}
