package dev.clearance.artifacts.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One checkpoint file's header, checked: every tensor's data lies inside the file, does not overlap
 * another and has exactly the size its type and shape need.
 *
 * @param file the path shown to the user
 * @param format safetensors or GGUF
 * @param tensors every tensor, in header order
 * @param metadata the safetensors {@code __metadata__} strings, or the GGUF metadata with scalar
 *     values as text and arrays summarized ({@code array of 128256 STRING})
 * @param architecture GGUF {@code general.architecture}, or an architecture named in safetensors
 *     metadata, when present
 */
public record CheckpointFile(
    String file,
    CheckpointFormat format,
    List<Tensor> tensors,
    Map<String, String> metadata,
    Optional<String> architecture) {

  public CheckpointFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    tensors = List.copyOf(tensors);
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    Objects.requireNonNull(architecture, "architecture");
  }

  /** Elements of all tensors. @throws ArithmeticException beyond a long */
  public long parameters() {
    long sum = 0;
    for (Tensor tensor : tensors) {
      sum = Math.addExact(sum, tensor.elements());
    }
    return sum;
  }

  /** Data bytes of all tensors. @throws ArithmeticException beyond a long */
  public long bytes() {
    long sum = 0;
    for (Tensor tensor : tensors) {
      sum = Math.addExact(sum, tensor.bytes());
    }
    return sum;
  }

  /** Totals per storage type, in order of first appearance. */
  public List<DtypeTotal> dtypes() {
    return totals(List.of(this));
  }

  /** Totals per storage type over several files, in order of first appearance. */
  public static List<DtypeTotal> totals(List<CheckpointFile> files) {
    Map<String, DtypeTotal> byType = new LinkedHashMap<>();
    for (CheckpointFile checkpoint : files) {
      for (Tensor tensor : checkpoint.tensors) {
        DtypeTotal one = new DtypeTotal(tensor.type().name(), 1, tensor.elements(), tensor.bytes());
        byType.merge(one.dtype(), one, DtypeTotal::plus);
      }
    }
    return new ArrayList<>(byType.values());
  }
}
