package dev.clearance.artifacts.manifest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content manifest of a model: every resource with its SHA-256, in OMS order. Its root digest
 * is SHA-256 over the resource digests' bytes concatenated in that order, as in the OMS v1.0
 * statement subject; Clearance uses it to identify a model everywhere.
 *
 * @param modelName informative name (the folder's name); not covered by the root digest
 * @param serialization how the resources were cut and what was ignored
 * @param resources the resources; stored sorted by {@link ResourceOrder}
 */
public record Manifest(
    String modelName, Serialization serialization, List<ResourceDigest> resources) {

  public Manifest {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(serialization, "serialization");
    List<ResourceDigest> sorted = new ArrayList<>(resources);
    sorted.sort(ResourceOrder.of(serialization.method()));
    resources = List.copyOf(sorted);
  }

  /** The OMS root digest over the resources in order, as lowercase hex. */
  public String rootDigest() {
    return rootDigest(resources);
  }

  /** SHA-256 over the given digests' bytes, concatenated in the given order, as lowercase hex. */
  public static String rootDigest(List<ResourceDigest> orderedResources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ResourceDigest resource : orderedResources) {
        digest.update(resource.digestBytes());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("the JDK has no SHA-256", missing);
    }
  }

  /**
   * The resources grouped by file path, in order. For {@code files} each list has one entry; for
   * {@code shards} a file's shards are together.
   */
  public Map<String, List<ResourceDigest>> byFile() {
    Map<String, List<ResourceDigest>> files = new LinkedHashMap<>();
    for (ResourceDigest resource : resources) {
      files
          .computeIfAbsent(resource.filePath(serialization.method()), path -> new ArrayList<>())
          .add(resource);
    }
    return files;
  }
}
