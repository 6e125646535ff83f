package dev.clearance.store.blob;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bytes kept in a {@link BlobStore}.
 *
 * @param sha256 lowercase hex
 * @param size in bytes
 * @param relativePath where it is, relative to the store's root, with {@code /} separators
 */
public record StoredBlob(String sha256, long size, String relativePath) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /** Checks the hash and size. */
  public StoredBlob {
    if (sha256 == null || !HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex characters");
    }
    if (size < 0) {
      throw new IllegalArgumentException("blob size " + size + " is negative");
    }
    Objects.requireNonNull(relativePath, "relativePath");
  }

  /** The path of a blob with {@code sha256}: {@code sha256/ab/cd/abcd…}. */
  static String pathOf(String sha256) {
    return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
  }
}
