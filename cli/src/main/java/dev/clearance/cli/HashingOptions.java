package dev.clearance.cli;

import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.manifest.SerializationMethod;
import dev.clearance.document.InputException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that choose how a model is hashed (digest, sign). */
final class HashingOptions {

  @Mixin WalkOptions walk;

  @Option(
      names = "--serialization",
      defaultValue = "files",
      paramLabel = "METHOD",
      description = "files or shards (default: ${DEFAULT-VALUE}).")
  String serialization;

  @Option(
      names = "--shard-size",
      defaultValue = "1000000000",
      paramLabel = "BYTES",
      description = "Shard size for --serialization shards (default: ${DEFAULT-VALUE}).")
  long shardSize;

  /**
   * The serialization the options describe, also ignoring {@code extraIgnored} (relative paths).
   *
   * @throws InputException for an unknown method or a shard size that is not positive
   */
  Serialization settings(List<String> extraIgnored) throws InputException {
    SerializationMethod parsed;
    try {
      parsed = SerializationMethod.fromWireName(serialization);
    } catch (IllegalArgumentException unknown) {
      throw new InputException(
          "--serialization", 0, "unknown method '" + serialization + "'", "use files or shards");
    }
    if (shardSize <= 0) {
      throw new InputException("--shard-size", 0, "must be positive", "");
    }
    List<String> ignored = new ArrayList<>(walk.ignore);
    ignored.addAll(extraIgnored);
    return new Serialization(
            parsed, shardSize, walk.allowSymlinks, Serialization.DEFAULT_IGNORE_PATHS)
        .ignoring(ignored);
  }
}
