package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks that every tensor a shard index names is in the shard it names. */
final class IndexAgreement {

  private IndexAgreement() {}

  /**
   * @param shards each shard's header, by the path the index uses
   * @throws InputException naming the index, the tensor and the shard when the shard lacks it
   */
  static void check(ShardIndex index, Map<String, CheckpointFile> shards) throws InputException {
    Map<String, Set<String>> names = new java.util.HashMap<>();
    for (Map.Entry<String, CheckpointFile> shard : shards.entrySet()) {
      Set<String> tensors = new HashSet<>();
      shard.getValue().tensors().forEach(tensor -> tensors.add(tensor.name()));
      names.put(shard.getKey(), tensors);
    }
    for (Map.Entry<String, String> entry : index.weightMap().entrySet()) {
      Set<String> inShard = names.get(entry.getValue());
      if (inShard == null || !inShard.contains(entry.getKey())) {
        throw new InputException(
            index.file(),
            0,
            "tensor %s: the index places it in %s, whose header does not have it"
                .formatted(entry.getKey(), entry.getValue()),
            "the index and the shards are from different versions; download them again");
      }
    }
  }
}
