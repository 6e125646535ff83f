package dev.clearance.artifacts.checkpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sharded safetensors checkpoint's index ({@code model.safetensors.index.json}).
 *
 * @param file the path shown to the user
 * @param weightMap tensor name to the shard file that holds it, relative to the index's folder
 * @param shards the distinct shard files, in order of first appearance
 */
public record ShardIndex(String file, Map<String, String> weightMap, List<String> shards) {

  public ShardIndex {
    Objects.requireNonNull(file, "file");
    weightMap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weightMap));
    shards = List.copyOf(shards);
  }
}
