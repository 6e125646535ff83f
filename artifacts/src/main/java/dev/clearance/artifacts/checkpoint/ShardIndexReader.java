package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a sharded safetensors index ({@code weight_map}: tensor name to shard file) and resolves
 * its shard paths inside the index's folder. A shard path that is empty, absolute, has a {@code ..}
 * or {@code .} segment, a NUL or a backslash, or that resolves (through symbolic links) to a place
 * outside the folder is refused with an {@link InputException}; nothing outside is opened.
 */
public final class ShardIndexReader {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final String HINT =
      "shard paths must name files next to the index, such as model-00001-of-00002.safetensors";

  private final InputLimits limits;

  public ShardIndexReader(InputLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses an index and checks its shard paths as text.
   *
   * @throws InputException for malformed JSON, a missing or non-string weight map, or a shard path
   *     that could lead outside the folder
   */
  public ShardIndex parse(String file, byte[] bytes) throws InputException {
    if (bytes.length > limits.maxFileBytes()) {
      throw new InputException(
          file,
          0,
          "index of %d bytes is larger than the limit of %d"
              .formatted(bytes.length, limits.maxFileBytes()),
          "an index is small; check that this is the right file (see docs/input-limits.md)");
    }
    Node root = new JsonReader(limits).read(file, TextDecoding.utf8(file, bytes));
    Node.Mapping weightMap =
        root instanceof Node.Mapping mapping ? mapping.mapping("weight_map").orElse(null) : null;
    if (weightMap == null) {
      throw new InputException(
          file, root.source().line(), "has no \"weight_map\" object", "write the index again");
    }
    Map<String, String> tensors = new LinkedHashMap<>();
    Set<String> shards = new LinkedHashSet<>();
    for (Map.Entry<String, Node> entry : weightMap.entries().entrySet()) {
      Node value = entry.getValue();
      if (!(value instanceof Node.Scalar scalar) || !scalar.quoted() || scalar.text() == null) {
        throw new InputException(
            file,
            value.source().line(),
            "tensor " + entry.getKey() + ": shard is not a string",
            HINT);
      }
      checkPath(file, value.source().line(), entry.getKey(), scalar.text());
      tensors.put(entry.getKey(), scalar.text());
      shards.add(scalar.text());
    }
    return new ShardIndex(file, tensors, new ArrayList<>(shards));
  }

  private static void checkPath(String file, int line, String tensor, String shard)
      throws InputException {
    String problem = null;
    if (shard.isEmpty()) {
      problem = "the shard path is empty";
    } else if (shard.indexOf('\0') >= 0) {
      problem = "the shard path contains a NUL character";
    } else if (shard.startsWith("/") || DRIVE.matcher(shard).matches()) {
      problem = "the shard path \"" + shard + "\" is absolute";
    } else if (shard.indexOf('\\') >= 0) {
      problem = "the shard path \"" + shard + "\" contains a backslash";
    } else {
      for (String segment : shard.split("/", -1)) {
        if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
          problem = "the shard path \"" + shard + "\" leads outside the folder or is not plain";
        }
      }
    }
    if (problem != null) {
      throw new InputException(file, line, "tensor " + tensor + ": " + problem, HINT);
    }
  }

  /**
   * Resolves every shard to a regular file inside {@code folder}.
   *
   * @throws InputException when a shard is missing, not a regular file, or a symbolic link (of the
   *     file or a folder on its way) leads outside {@code folder}
   */
  public List<Path> resolve(Path folder, ShardIndex index) throws InputException {
    Path realFolder;
    try {
      realFolder = folder.toRealPath();
    } catch (IOException unreadable) {
      throw HeaderInput.unreadable(folder.toString(), unreadable);
    }
    List<Path> paths = new ArrayList<>();
    for (String shard : index.shards()) {
      Path path = folder.resolve(shard);
      Path real;
      try {
        real = path.toRealPath();
      } catch (IOException missing) {
        throw new InputException(
            index.file(),
            0,
            "shard " + shard + " does not exist",
            "download every shard the index lists, or remove the index");
      }
      if (!real.startsWith(realFolder)) {
        throw new InputException(
            index.file(),
            0,
            "shard %s leads outside the folder (to %s); not read".formatted(shard, real),
            "copy the shard into the folder instead of linking to it");
      }
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(
            index.file(), 0, "shard " + shard + " is not a regular file", HINT);
      }
      paths.add(real);
    }
    return paths;
  }
}
