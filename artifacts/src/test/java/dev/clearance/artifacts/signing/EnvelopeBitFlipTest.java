package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ResourceDigest;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.document.InputException;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any single flipped bit in a DSSE envelope (payload type, payload, signature) fails. */
class EnvelopeBitFlipTest {

  private static final KeyPair KEYS = KeyFiles.newKeyPair(KeyType.ED25519);
  private static final Bundle SIGNED =
      new BundleSigner(KEYS)
          .sign(
              OmsStatements.toStatement(
                  new Manifest(
                      "tiny",
                      Serialization.files(),
                      List.of(new ResourceDigest("a.bin", "0".repeat(64))))));

  @Test
  void verify_everySingleBitFlip_fails() {
    int fields = 3;
    for (int field = 0; field < fields; field++) {
      int length = part(SIGNED, field).length;
      for (int bit = 0; bit < length * 8; bit++) {
        Bundle flipped = flip(SIGNED, field, bit);
        assertThatThrownBy(() -> new BundleVerifier(KEYS.getPublic()).verify(flipped, "bundle"))
            .as("field %d bit %d", field, bit)
            .isInstanceOfAny(VerificationException.class, InputException.class);
      }
    }
  }

  @Test
  void verify_unflipped_passes() throws Exception {
    assertThat(new BundleVerifier(KEYS.getPublic()).verify(SIGNED, "bundle").subjectName())
        .isEqualTo("tiny");
  }

  @FuzzTest
  void verify_flippedBit_fails(FuzzedDataProvider data) {
    int field = data.consumeInt(0, 2);
    int bit = data.consumeInt(0, part(SIGNED, field).length * 8 - 1);
    Bundle flipped = flip(SIGNED, field, bit);
    assertThatThrownBy(() -> new BundleVerifier(KEYS.getPublic()).verify(flipped, "bundle"))
        .isInstanceOfAny(VerificationException.class, InputException.class);
  }

  private static byte[] part(Bundle bundle, int field) {
    return switch (field) {
      case 0 -> bundle.payloadType().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      case 1 -> bundle.payload();
      default -> bundle.signature();
    };
  }

  private static Bundle flip(Bundle bundle, int field, int bit) {
    byte[] bytes = part(bundle, field);
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    return switch (field) {
      case 0 ->
          new Bundle(
              new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1),
              bundle.payload(),
              bundle.signature(),
              bundle.keyHint(),
              "");
      case 1 -> new Bundle(bundle.payloadType(), bytes, bundle.signature(), bundle.keyHint(), "");
      default -> new Bundle(bundle.payloadType(), bundle.payload(), bytes, bundle.keyHint(), "");
    };
  }
}
