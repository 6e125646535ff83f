package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.artifacts.manifest.HashProgress;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.ResourceDigest;
import dev.clearance.artifacts.manifest.Serialization;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OMS reference's published signatures (sigstore/model-transparency scripts/tests, see NOTICE)
 * verify with Clearance, and Clearance computes the same root digests for the same files.
 */
class ReferenceFixturesTest {

  @ParameterizedTest
  @CsvSource({
    "v0.3.1-elliptic-key, signme-1",
    "v1.0.0-elliptic-key, signme-1",
    "v1.0.1-elliptic-key, ''",
    "v1.1.0-elliptic-key, ''"
  })
  void verify_referenceSignature_isVerified(String version, String file) throws Exception {
    Path folder = fixture(version);
    Path model = file.isEmpty() ? folder : folder.resolve(file);
    Path bundle = folder.resolve("model.sig");
    ModelVerifier.Request request =
        new ModelVerifier.Request(
            model,
            BundleJson.read(bundle),
            bundle.toString(),
            Map.of(),
            List.of("model.sig", "ignore-me"),
            false);

    VerificationReport report =
        new ModelVerifier(key(), new ModelHasher()).verify(request, HashProgress.NONE);

    assertThat(report.problems()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.computedRootDigest()).isEqualTo(report.signedRootDigest());
  }

  @Test
  void hash_referenceFolder_hasTheSignedRootDigest() throws Exception {
    Manifest manifest =
        new ModelHasher()
            .hash(
                fixture("v1.0.1-elliptic-key"),
                Serialization.files().ignoring(List.of("model.sig", "ignore-me")),
                HashProgress.NONE);

    assertThat(manifest.resources())
        .containsExactly(
            new ResourceDigest(
                "signme-1", "bc9a717db6064a32cbe9eae6fc40651dd6d36ef1757183f590eff2b1765d7ebc"),
            new ResourceDigest(
                "signme-2", "32dcb1f8e1ae52d5963e56a6ba06ab58b424c15ed2a6b70d2feca1d089370028"));
    assertThat(manifest.rootDigest())
        .isEqualTo("92745110b1ab4368471cbe31664e10174e954b113a3df333db860317b2c6dec4");
  }

  @Test
  void hash_referenceSingleFile_namesTheResourceDot() throws Exception {
    Manifest manifest =
        new ModelHasher()
            .hash(
                fixture("v1.0.0-elliptic-key").resolve("signme-1"),
                Serialization.files(),
                HashProgress.NONE);

    assertThat(manifest.modelName()).isEqualTo("signme-1");
    assertThat(manifest.resources()).extracting(ResourceDigest::name).containsExactly(".");
    assertThat(manifest.rootDigest())
        .isEqualTo("afa48c8674afe334b8a7dea34f7b46ab256e9255edf8da2132792341b667a45b");
  }

  @Test
  void verify_referenceSignatureWithOurKey_failsOnTheKeyHint() throws Exception {
    Path bundle = fixture("v1.1.0-elliptic-key").resolve("model.sig");
    PublicKey other = KeyFiles.newKeyPair(KeyType.P256).getPublic();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BundleVerifier(other).verify(BundleJson.read(bundle), "model.sig"))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("another key");
  }

  static PublicKey key() throws Exception {
    return KeyFiles.readPublic(fixture("signing-key-pub.pem"));
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        ReferenceFixturesTest.class
            .getResource("/dev/clearance/artifacts/signing/oms/" + name)
            .toURI());
  }
}
