package dev.clearance.store.release;

import dev.clearance.store.blob.FileNames;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file of a release's dossier.
 *
 * @param name the relative name in the dossier (e.g. {@code evals/mmlu.json}), checked by {@link
 *     FileNames#check}; unique per release
 * @param sha256 lowercase hex
 * @param storagePath where the bytes are, relative to the blob store root ({@link
 *     dev.clearance.store.blob.StoredBlob#relativePath()})
 */
public record ReleaseFile(
    String id,
    String releaseId,
    FileKind kind,
    String name,
    long sizeBytes,
    String sha256,
    String storagePath,
    Instant createdAt) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException for an unsafe name, a negative size or a malformed hash
   */
  public ReleaseFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(storagePath, "storagePath");
    Objects.requireNonNull(createdAt, "createdAt");
    FileNames.check(name);
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("file size " + sizeBytes + " is negative");
    }
    if (sha256 == null || !HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex characters");
    }
  }
}
