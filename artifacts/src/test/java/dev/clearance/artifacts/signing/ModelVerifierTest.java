package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.artifacts.manifest.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelVerifierTest {

  @TempDir Path root;

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verify_untouchedModel_isVerified(KeyType type) throws Exception {
    SignedModel signed = SignedModel.create(root, type, Serialization.files());

    VerificationReport report = signed.verify();

    assertThat(report.verified()).isTrue();
    assertThat(report.confirmed())
        .containsExactlyInAnyOrder("card README.md", "report report.json");
    assertThat(report.computedRootDigest()).isEqualTo(report.signedRootDigest());
  }

  @Test
  void verify_shardSerialization_isVerified() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.P256, Serialization.shards(2));

    assertThat(signed.verify().verified()).isTrue();
  }

  @Test
  void verify_oneByteChanged_reportsTheChangedFile() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.files());
    Files.write(signed.folder().resolve("weights/model-00002.safetensors"), new byte[] {9, 8, 6});

    VerificationReport report = signed.verify();

    assertThat(report.verified()).isFalse();
    assertThat(report.changed()).containsExactly("weights/model-00002.safetensors");
    assertThat(report.added()).isEmpty();
    assertThat(report.removed()).isEmpty();
  }

  @Test
  void verify_oneByteChangedInAShard_reportsTheFile() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.shards(3));
    Files.write(
        signed.folder().resolve("weights/model-00001.safetensors"),
        new byte[] {1, 2, 3, 4, 5, 6, 0});

    assertThat(signed.verify().changed()).containsExactly("weights/model-00001.safetensors");
  }

  @Test
  void verify_fileAdded_reportsTheAddedFile() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.files());
    Files.writeString(signed.folder().resolve("weights/extra.bin"), "payload");

    VerificationReport report = signed.verify();

    assertThat(report.added()).containsExactly("weights/extra.bin");
    assertThat(report.verified()).isFalse();
  }

  @Test
  void verify_fileRemoved_reportsTheRemovedFile() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.P256, Serialization.files());
    Files.delete(signed.folder().resolve("config.json"));

    VerificationReport report = signed.verify();

    assertThat(report.removed()).containsExactly("config.json");
    assertThat(report.verified()).isFalse();
  }

  @Test
  void verify_cardSwapped_reportsTheCard() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.files());
    Files.writeString(signed.card(), "# Model card\nLicense: proprietary\n");

    VerificationReport report = signed.verify();

    assertThat(report.verified()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains("card")
        .contains("does not match");
  }

  @Test
  void verify_reportSwapped_reportsTheReport() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.files());
    Files.writeString(signed.report(), "{\"passed\": false}\n");

    VerificationReport report = signed.verify();

    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains("report")
        .contains("does not match");
  }

  @Test
  void verify_cardAttestationOfAnotherModel_isRefused() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.files());
    SignedModel other =
        SignedModel.create(
            Files.createDirectories(root.resolve("other")), KeyType.ED25519, Serialization.files());
    Files.writeString(other.folder().resolve("config.json"), "{}");
    SignedModel mixed =
        new SignedModel(
            signed.folder(),
            signed.card(),
            signed.report(),
            signed.keys(),
            signed.model(),
            new BundleSigner(signed.keys())
                .sign(
                    DocumentAttestations.statement(
                        AttestationType.CARD,
                        new dev.clearance.artifacts.manifest.ModelHasher()
                            .hash(
                                other.folder(),
                                Serialization.files(),
                                dev.clearance.artifacts.manifest.HashProgress.NONE),
                        signed.card())),
            signed.reportBundle());

    assertThat(mixed.verify().problems()).singleElement().asString().contains("another model");
  }

  @Test
  void verify_wrongKey_reportsABadSignature() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.ED25519, Serialization.files());

    VerificationReport report = signed.verify(signed.model(), KeyFiles.newKeyPair(KeyType.ED25519));

    assertThat(report.verified()).isFalse();
    assertThat(report.problems()).singleElement().asString().startsWith("bad signature");
  }

  @Test
  void verify_corruptedSignature_reportsABadSignature() throws Exception {
    SignedModel signed = SignedModel.create(root, KeyType.P256, Serialization.files());
    byte[] signature = signed.model().signature();
    signature[signature.length / 2] ^= 0x01;
    Bundle corrupted =
        new Bundle(
            signed.model().payloadType(),
            signed.model().payload(),
            signature,
            signed.model().keyHint(),
            "");

    VerificationReport report = signed.verify(corrupted, signed.keys());

    assertThat(report.problems()).singleElement().asString().contains("does not verify");
  }
}
