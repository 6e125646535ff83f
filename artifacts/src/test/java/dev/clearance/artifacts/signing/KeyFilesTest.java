package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.document.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyFilesTest {

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void generate_thenRead_givesTheSameKeys(KeyType type) throws Exception {
    KeyPair pair = KeyFiles.generate(type, folder.resolve("keys"));

    assertThat(KeyFiles.readPrivate(folder.resolve("keys/private.pem")).getEncoded())
        .isEqualTo(pair.getPrivate().getEncoded());
    assertThat(KeyFiles.readPublic(folder.resolve("keys/public.pem")).getEncoded())
        .isEqualTo(pair.getPublic().getEncoded());
  }

  @Test
  void generate_existingKeys_isRefused() throws Exception {
    KeyFiles.generate(KeyType.ED25519, folder);

    assertThatThrownBy(() -> KeyFiles.generate(KeyType.ED25519, folder))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void readPrivate_sec1EcKey_hintsAtConversion() throws Exception {
    Path key =
        Files.writeString(
            folder.resolve("ec.pem"),
            "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");

    assertThatThrownBy(() -> KeyFiles.readPrivate(key))
        .isInstanceOfSatisfying(
            InputException.class, failure -> assertThat(failure.hint()).contains("openssl pkcs8"));
  }

  @Test
  void keyHint_referenceKey_matchesTheReferenceBundle() throws Exception {
    String bundle =
        Files.readString(
            ReferenceFixturesTest.fixture("v1.1.0-elliptic-key").resolve("model.sig"),
            StandardCharsets.UTF_8);

    assertThat(bundle).contains(BundleSigner.keyHint(ReferenceFixturesTest.key()));
  }

  @Test
  void encode_dsseSpecExample_givesTheSpecBytes() {
    byte[] encoded =
        Pae.encode("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8));

    assertThat(new String(encoded, StandardCharsets.UTF_8))
        .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
  }
}
