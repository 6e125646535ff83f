package dev.clearance.server.release;

import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.signing.BundleVerification;
import dev.clearance.store.signing.SigningKey;
import java.util.List;

/**
 * The signature the latest check verified (ART-2, ACC-4) and how anyone can verify it offline.
 *
 * @param keyName the organization's key that verified the bundle
 * @param keyHint the key's SHA-256 hint, as in the bundle
 * @param keyStatus {@code active}, or {@code revoked} since the check
 * @param keyUrl where the public key is: its {@code publicKeyPem} is the {@code --key} file
 * @param rootDigest the OMS root digest the bundle signs (what {@code clearance digest} prints for
 *     the model folder)
 * @param bundle the uploaded path of the bundle, downloadable from {@code …/files/content?path=}
 * @param filesVerified uploaded dossier files whose SHA-256 is the signed one
 * @param attestations card and report attestations that verified
 * @param verifyCommand the command that verifies a downloaded model folder offline
 * @param howToVerify the steps around that command
 */
public record SignatureView(
    String keyName,
    String keyHint,
    String keyStatus,
    String keyUrl,
    String rootDigest,
    String bundle,
    List<String> filesVerified,
    List<String> attestations,
    String verifyCommand,
    String howToVerify) {

  public SignatureView {
    filesVerified = List.copyOf(filesVerified);
    attestations = List.copyOf(attestations);
  }

  static SignatureView of(ReleaseRef ref, BundleVerification verification, SigningKey key) {
    String keyUrl = SigningKeys.path(ref.org().slug(), key.name());
    String keyFile = key.name() + ".pem";
    String folder = ref.model().name();
    String path = verification.bundlePath();
    String bundleFile = path.substring(path.lastIndexOf('/') + 1);
    String command = "clearance verify " + folder + " --bundle " + bundleFile + " --key " + keyFile;
    String steps =
        "Download the model folder as "
            + folder
            + " (weights included), its bundle next to it as "
            + bundleFile
            + " (GET …/releases/"
            + ref.release().versionLabel()
            + "/files/content?path="
            + path
            + "), save publicKeyPem of GET "
            + keyUrl
            + " as "
            + keyFile
            + ", then run: "
            + command
            + " (exit 0: the folder is exactly the signed model with root digest "
            + verification.rootDigest()
            + ").";
    return new SignatureView(
        key.name(),
        key.keyHint(),
        key.isRevoked() ? "revoked" : "active",
        keyUrl,
        verification.rootDigest(),
        verification.bundlePath(),
        verification.filesChecked(),
        verification.attestations(),
        command,
        steps);
  }
}
