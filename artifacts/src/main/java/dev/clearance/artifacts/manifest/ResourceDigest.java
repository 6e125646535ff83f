package dev.clearance.artifacts.manifest;

import java.util.HexFormat;
import java.util.Objects;

/**
 * One manifest entry: a resource name (a relative path for {@code files}, {@code path:start:end}
 * for {@code shards}) and the SHA-256 of its bytes.
 *
 * @param name the resource name as signed
 * @param sha256 lowercase hex SHA-256, 64 characters
 */
public record ResourceDigest(String name, String sha256) {

  public ResourceDigest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("resource name is empty");
    }
    if (sha256.length() != 64 || !sha256.chars().allMatch(ResourceDigest::isLowerHex)) {
      throw new IllegalArgumentException("not a lowercase hex SHA-256: " + sha256);
    }
  }

  /** The digest as 32 bytes. */
  public byte[] digestBytes() {
    return HexFormat.of().parseHex(sha256);
  }

  /** The file this resource belongs to: the name, without {@code :start:end} for shards. */
  public String filePath(SerializationMethod method) {
    if (method == SerializationMethod.FILES) {
      return name;
    }
    int last = name.lastIndexOf(':');
    int before = last < 0 ? -1 : name.lastIndexOf(':', last - 1);
    return before < 0 ? name : name.substring(0, before);
  }

  private static boolean isLowerHex(int character) {
    return (character >= '0' && character <= '9') || (character >= 'a' && character <= 'f');
  }
}
