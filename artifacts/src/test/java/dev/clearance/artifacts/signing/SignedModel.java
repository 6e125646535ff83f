package dev.clearance.artifacts.signing;

import dev.clearance.artifacts.manifest.HashProgress;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small model folder, signed with card and report attestations, for tests. */
record SignedModel(
    Path folder,
    Path card,
    Path report,
    KeyPair keys,
    Bundle model,
    Bundle cardBundle,
    Bundle reportBundle) {

  static SignedModel create(Path root, KeyType type, Serialization serialization) throws Exception {
    Path folder = Files.createDirectories(root.resolve("model"));
    Files.writeString(folder.resolve("config.json"), "{\"model_type\": \"llama\"}\n");
    Files.createDirectories(folder.resolve("weights"));
    Files.write(
        folder.resolve("weights/model-00001.safetensors"), new byte[] {1, 2, 3, 4, 5, 6, 7});
    Files.write(folder.resolve("weights/model-00002.safetensors"), new byte[] {9, 8, 7});
    Files.writeString(folder.resolve("empty.txt"), "");
    Path card = Files.writeString(root.resolve("README.md"), "# Model card\nLicense: apache-2.0\n");
    Path report = Files.writeString(root.resolve("report.json"), "{\"passed\": true}\n");
    KeyPair keys = KeyFiles.newKeyPair(type);
    Manifest manifest = new ModelHasher(2).hash(folder, serialization, HashProgress.NONE);
    BundleSigner signer = new BundleSigner(keys);
    return new SignedModel(
        folder,
        card,
        report,
        keys,
        signer.sign(OmsStatements.toStatement(manifest)),
        signer.sign(DocumentAttestations.statement(AttestationType.CARD, manifest, card)),
        signer.sign(
            DocumentAttestations.statement(AttestationType.CHECK_REPORT, manifest, report)));
  }

  VerificationReport verify() throws Exception {
    return verify(model, keys);
  }

  VerificationReport verify(Bundle modelBundle, KeyPair trusted) throws Exception {
    ModelVerifier.Request request =
        new ModelVerifier.Request(
            folder,
            modelBundle,
            "bundle.json",
            Map.of(
                AttestationType.CARD,
                new ModelVerifier.Attestation(
                    Optional.of(cardBundle), "bundle.card.json", Optional.of(card)),
                AttestationType.CHECK_REPORT,
                new ModelVerifier.Attestation(
                    Optional.of(reportBundle), "bundle.report.json", Optional.of(report))),
            List.of(),
            false);
    return new ModelVerifier(trusted.getPublic(), new ModelHasher(2))
        .verify(request, HashProgress.NONE);
  }
}
