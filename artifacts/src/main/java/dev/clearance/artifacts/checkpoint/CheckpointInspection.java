package dev.clearance.artifacts.checkpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link CheckpointFolderInspector} found in a folder or file (ART-1).
 *
 * @param subject the folder or file inspected, as shown to the user
 * @param counted the checkpoint files whose tensors make up the model's count
 * @param notCounted other checkpoint files that were read but not counted, with the reason (a
 *     second GGUF quantization of the same model, a safetensors file the index does not list)
 * @param unsafe pickle files, listed and never opened
 * @param countSource the file the count comes from: the shard index, or the single checkpoint
 * @param architecture from config.json ({@code architectures}, {@code model_type}) or the headers
 * @param activeParameters parameters active per token for a mixture of experts, from the config
 * @param experts the config's expert counts ("8 experts, 2 per token"), for a mixture of experts
 */
public record CheckpointInspection(
    String subject,
    List<CheckpointFile> counted,
    Map<String, String> notCounted,
    List<UnsafeFile> unsafe,
    Optional<String> countSource,
    Optional<String> architecture,
    OptionalLong activeParameters,
    Optional<String> experts) {

  public CheckpointInspection {
    Objects.requireNonNull(subject, "subject");
    counted = List.copyOf(counted);
    notCounted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notCounted));
    unsafe = List.copyOf(unsafe);
    Objects.requireNonNull(countSource, "countSource");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(activeParameters, "activeParameters");
    Objects.requireNonNull(experts, "experts");
  }

  /** Exact parameters of the counted files. @throws ArithmeticException beyond a long */
  public long totalParameters() {
    long sum = 0;
    for (CheckpointFile file : counted) {
      sum = Math.addExact(sum, file.parameters());
    }
    return sum;
  }

  /** Data bytes of the counted files. */
  public long totalBytes() {
    long sum = 0;
    for (CheckpointFile file : counted) {
      sum = Math.addExact(sum, file.bytes());
    }
    return sum;
  }

  /** Tensors in the counted files. */
  public long tensorCount() {
    return counted.stream().mapToLong(file -> file.tensors().size()).sum();
  }

  /** Totals per storage type over the counted files. */
  public List<DtypeTotal> dtypes() {
    return CheckpointFile.totals(counted);
  }

  /** {@code BF16: 70,553,706,496 parameters in 141,107,412,992 bytes; …}. */
  public String dtypeSummary() {
    StringBuilder text = new StringBuilder();
    for (DtypeTotal total : dtypes()) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(
          String.format(
              java.util.Locale.ROOT,
              "%s: %,d parameters in %,d bytes (%d tensors)",
              total.dtype(),
              total.parameters(),
              total.bytes(),
              total.tensors()));
    }
    return text.toString();
  }
}
