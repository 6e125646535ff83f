package dev.clearance.store.signing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a check verified about a release's signature bundle: which registered key signed it, the OMS
 * root digest it signs, and which uploaded files were found in its manifest with the signed SHA-256
 * (ART-2, ACC-4).
 *
 * @param checkReportId the check report this verification belongs to
 * @param keyId the {@link SigningKey} whose signature verified
 * @param bundlePath the uploaded path of the bundle, e.g. {@code model.sig}
 * @param bundleSha256 SHA-256 of the bundle file as uploaded
 * @param modelName the model name in the signed statement (informative)
 * @param rootDigest the OMS root digest the bundle signs (its subject)
 * @param filesChecked uploaded paths whose SHA-256 equals the signed one
 * @param attestations attestations that verified, e.g. {@code card README.md}
 */
public record BundleVerification(
    String checkReportId,
    String releaseId,
    String keyId,
    String bundlePath,
    String bundleSha256,
    String modelName,
    String rootDigest,
    List<String> filesChecked,
    List<String> attestations,
    Instant createdAt) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException for a digest that is not 64 lowercase hex characters, or a
   *     listed entry with a line break
   */
  public BundleVerification {
    Objects.requireNonNull(checkReportId, "checkReportId");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(bundlePath, "bundlePath");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(createdAt, "createdAt");
    for (String digest : new String[] {bundleSha256, rootDigest}) {
      if (digest == null || !HEX64.matcher(digest).matches()) {
        throw new IllegalArgumentException("digests must be 64 lowercase hex characters");
      }
    }
    filesChecked = List.copyOf(filesChecked);
    attestations = List.copyOf(attestations);
    for (String entry : filesChecked) {
      requireOneLine(entry);
    }
    for (String entry : attestations) {
      requireOneLine(entry);
    }
  }

  private static void requireOneLine(String entry) {
    if (entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a listed entry has a line break: " + entry.strip());
    }
  }
}
