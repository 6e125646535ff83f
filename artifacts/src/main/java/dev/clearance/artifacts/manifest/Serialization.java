package dev.clearance.artifacts.manifest;

import java.util.List;
import java.util.Objects;

/**
 * The parameters that say how a manifest was computed, recorded in the OMS v1.0 predicate's {@code
 * serialization} object so a verifier can recompute it.
 *
 * @param method files or shards
 * @param shardSize bytes per shard (only meaningful for {@link SerializationMethod#SHARDS})
 * @param allowSymlinks whether symbolic links inside the folder were followed
 * @param ignorePaths paths relative to the model folder that are left out, with everything below
 *     them
 */
public record Serialization(
    SerializationMethod method, long shardSize, boolean allowSymlinks, List<String> ignorePaths) {

  /** The reference implementation's default shard size: 1,000,000,000 bytes. */
  public static final long DEFAULT_SHARD_SIZE = 1_000_000_000L;

  /** The reference implementation's default ignored paths (git metadata). */
  public static final List<String> DEFAULT_IGNORE_PATHS =
      List.of(".git", ".gitattributes", ".github", ".gitignore");

  /** The only hash type Clearance writes and reads. */
  public static final String HASH_TYPE = "sha256";

  public Serialization {
    Objects.requireNonNull(method, "method");
    if (shardSize <= 0) {
      throw new IllegalArgumentException("shard size must be positive: " + shardSize);
    }
    ignorePaths = List.copyOf(ignorePaths);
  }

  /** Serialization by files with the default ignored paths and no symlinks. */
  public static Serialization files() {
    return new Serialization(
        SerializationMethod.FILES, DEFAULT_SHARD_SIZE, false, DEFAULT_IGNORE_PATHS);
  }

  /** Serialization by shards of the given size, default ignored paths, no symlinks. */
  public static Serialization shards(long shardSize) {
    return new Serialization(SerializationMethod.SHARDS, shardSize, false, DEFAULT_IGNORE_PATHS);
  }

  /** A copy that also ignores the given relative paths. */
  public Serialization ignoring(List<String> morePaths) {
    List<String> all = new java.util.ArrayList<>(ignorePaths);
    for (String path : morePaths) {
      if (!all.contains(path)) {
        all.add(path);
      }
    }
    return new Serialization(method, shardSize, allowSymlinks, all);
  }

  /** A copy with the given symlink policy. */
  public Serialization withAllowSymlinks(boolean allow) {
    return new Serialization(method, shardSize, allow, ignorePaths);
  }

  /**
   * Whether a relative path (with {@code /} separators) is an ignored path or lies below one.
   * Matches whole path components, like the reference's {@code Path.is_relative_to}.
   */
  public boolean ignores(String relativePath) {
    for (String ignored : ignorePaths) {
      String prefix = ignored.endsWith("/") ? ignored.substring(0, ignored.length() - 1) : ignored;
      if (relativePath.equals(prefix) || relativePath.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
