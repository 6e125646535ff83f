package dev.clearance.server.release;

import dev.clearance.store.signing.SigningKey;
import java.util.List;

/**
 * A signature bundle that verified at check time (ART-2, ACC-4): signed by a registered, unrevoked
 * key of the release's organization, its manifest consistent, every uploaded file it lists with the
 * signed SHA-256, and its card and report attestations (if uploaded) matching.
 *
 * @param key the organization's key that verified the signature
 * @param bundlePath the uploaded path of the bundle
 * @param bundleSha256 SHA-256 of the bundle as uploaded
 * @param modelName the model name in the signed statement
 * @param rootDigest the OMS root digest the bundle signs: the release's root digest
 * @param filesChecked uploaded paths found in the manifest with the signed SHA-256
 * @param notSigned uploaded paths the manifest does not list (besides bundles and attestations)
 * @param attestations attestations that verified, e.g. {@code card README.md}
 */
record VerifiedBundle(
    SigningKey key,
    String bundlePath,
    String bundleSha256,
    String modelName,
    String rootDigest,
    List<String> filesChecked,
    List<String> notSigned,
    List<String> attestations) {

  VerifiedBundle {
    filesChecked = List.copyOf(filesChecked);
    notSigned = List.copyOf(notSigned);
    attestations = List.copyOf(attestations);
  }
}
