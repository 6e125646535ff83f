package dev.clearance.params;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.params.internal.CheckpointStorage;
import dev.clearance.params.internal.ConfigValues;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a parameter count from a sharded-checkpoint index ({@code model.safetensors.index.json} or
 * {@code pytorch_model.bin.index.json}) without the weights (ART-1).
 *
 * <p>{@code metadata.total_parameters}, which newer exporters write, is taken as is ({@link
 * ParameterCount.Basis#INDEX_TOTAL_PARAMETERS}). Otherwise {@code metadata.total_size}, a number of
 * bytes (sometimes written as a float such as {@code 13731385408.0}), is divided by the bytes per
 * element of the stored dtype from the config's {@code torch_dtype} or {@code dtype} ({@link
 * ParameterCount.Basis#INDEX_SIZE_ESTIMATE}). When no dtype is stated, 16-bit storage is assumed
 * and the detail says so. Quantized checkpoints (bitsandbytes 4/8-bit, GPTQ, AWQ and other packed
 * formats, seen in the config's {@code quantization_config} or in tensor names of the weight map)
 * mix widths that the index does not tell apart, so no count is given; fp8 checkpoints are counted
 * at one byte per element with a note that the result is slightly high.
 */
public final class IndexParameterCounter {

  /**
   * Counts the parameters the index describes.
   *
   * @param index the index file
   * @param config the model's config.json, for the stored dtype and quantization, if present
   * @return empty when the index has no usable metadata or the checkpoint is quantized
   * @throws InputException when {@code metadata}, {@code total_parameters} or {@code total_size} is
   *     present but is not what the format defines (an object; whole numbers {@code >= 0}), naming
   *     the file, line and JSON pointer
   */
  public Optional<ParameterCount> count(JsonFile index, Optional<JsonFile> config)
      throws InputException {
    Optional<Node> metadataNode = index.root().get("metadata");
    if (metadataNode.isEmpty()) {
      return Optional.empty();
    }
    if (!(metadataNode.get() instanceof Node.Mapping metadata)) {
      throw invalid(index, metadataNode.get(), "metadata is not a JSON object");
    }
    Optional<Node> totalParameters = present(metadata, "total_parameters");
    if (totalParameters.isPresent()) {
      long total = whole(index, totalParameters.get(), "metadata.total_parameters");
      return Optional.of(
          new ParameterCount(
              total,
              OptionalLong.empty(),
              ParameterCount.Basis.INDEX_TOTAL_PARAMETERS,
              totalParameters.get().source(),
              "metadata.total_parameters of the checkpoint index, as written by the exporter"));
    }
    Optional<Node> totalSize = present(metadata, "total_size");
    if (totalSize.isEmpty()) {
      return Optional.empty();
    }
    long bytes = whole(index, totalSize.get(), "metadata.total_size");
    CheckpointStorage storage = CheckpointStorage.of(index, config);
    if (storage.bytesPerElement().isEmpty()) {
      return Optional.empty();
    }
    long width = storage.bytesPerElement().getAsLong();
    long total = bytes / width;
    StringBuilder detail =
        new StringBuilder()
            .append("metadata.total_size ")
            .append(bytes)
            .append(" bytes / ")
            .append(width)
            .append(width == 1 ? " byte" : " bytes")
            .append(" per element (")
            .append(storage.explanation())
            .append(")");
    if (bytes % width != 0) {
      detail
          .append("; the size is not a multiple of ")
          .append(width)
          .append(", so dtypes are mixed");
    }
    storage.caveat().ifPresent(caveat -> detail.append("; ").append(caveat));
    return Optional.of(
        new ParameterCount(
            total,
            OptionalLong.empty(),
            ParameterCount.Basis.INDEX_SIZE_ESTIMATE,
            totalSize.get().source(),
            detail.toString()));
  }

  private static Optional<Node> present(Node.Mapping mapping, String key) {
    return mapping
        .get(key)
        .filter(node -> !(node instanceof Node.Scalar scalar && scalar.isNull()));
  }

  private static long whole(JsonFile index, Node node, String name) throws InputException {
    Optional<Long> value = ConfigValues.wholeNumber(node);
    if (value.isEmpty()) {
      String shown = node instanceof Node.Scalar scalar ? scalar.text() : "a JSON container";
      throw invalid(index, node, name + " is " + shown + ", not a whole number >= 0");
    }
    return value.get();
  }

  private static InputException invalid(JsonFile index, Node node, String problem) {
    String pointer = node.source().pointer();
    return new InputException(
        index.file(),
        node.source().line(),
        problem + (pointer.isEmpty() ? "" : " (at " + pointer + ")"),
        "regenerate the index with the exporter (e.g. save_pretrained), or remove the broken"
            + " metadata entry");
  }
}
