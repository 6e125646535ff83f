package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the header of a safetensors file (huggingface/safetensors README, "Format"): an unsigned
 * 64-bit little-endian header length N, N bytes of UTF-8 JSON mapping tensor names to {@code
 * dtype}, {@code shape} and {@code data_offsets} (relative to the data after the header), plus an
 * optional {@code __metadata__} map of strings. Weights are never read: only the 8 + N header
 * bytes.
 *
 * <p>Checks, each failing with an {@link InputException} that names the file, the tensor and the
 * problem: N against the file size and {@link HeaderLimits#maxHeaderBytes()} (before allocating),
 * JSON syntax and UTF-8, every field's type, known dtypes, shapes whose element count overflows 64
 * bits, offsets that disagree with dtype × shape, misaligned, out-of-range and overlapping offsets,
 * and holes or trailing bytes in the data section.
 */
public final class SafetensorsReader {

  static final String METADATA = "__metadata__";
  private static final String HINT =
      "the header is malformed; the file is damaged or was crafted, do not load it";

  private final HeaderLimits limits;

  public SafetensorsReader(HeaderLimits limits) {
    this.limits = limits;
  }

  /**
   * @param file the name shown in errors
   * @param channel the file's content; only its header is read
   * @throws InputException for any problem listed in the class description, or an I/O error
   */
  public CheckpointFile read(String file, SeekableByteChannel channel) throws InputException {
    HeaderInput input = new HeaderInput(file, channel, Long.MAX_VALUE);
    long length = input.readLong("the 8-byte header length");
    if (length < 0 || length > input.remaining()) {
      throw new InputException(
          file,
          0,
          "header length %s is beyond the file of %d bytes"
              .formatted(Long.toUnsignedString(length), input.size()),
          "the file is truncated or not a safetensors file");
    }
    if (length > limits.maxHeaderBytes()) {
      throw new InputException(
          file,
          0,
          "header length %d is over the limit of %d bytes"
              .formatted(length, limits.maxHeaderBytes()),
          "a real header is far smaller; raise HeaderLimits.maxHeaderBytes only for a file you"
              + " trust");
    }
    if (length < 2) {
      throw new InputException(
          file, 0, "header of %d bytes cannot hold a JSON object".formatted(length), HINT);
    }
    byte[] header = input.readBytes((int) length, "the JSON header");
    if (header[0] != '{') {
      throw new InputException(file, 0, "header does not start with '{': not a JSON object", HINT);
    }
    String text = input.utf8(header, "the JSON header");
    InputLimits jsonLimits =
        new InputLimits(
            length, 16, 0, (int) Math.min(Integer.MAX_VALUE, 16L * limits.maxTensors() + 64));
    Node root = new JsonReader(jsonLimits).read(file, text);
    if (!(root instanceof Node.Mapping mapping)) {
      throw new InputException(file, 1, "header is not a JSON object", HINT);
    }
    if (mapping.entries().size() > limits.maxTensors() + 1) {
      throw new InputException(
          file,
          1,
          "header lists %d tensors, over the limit of %d"
              .formatted(mapping.entries().size(), limits.maxTensors()),
          HINT);
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    List<Tensor> tensors = new ArrayList<>();
    for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
      if (entry.getKey().equals(METADATA)) {
        readMetadata(file, entry.getValue(), metadata);
      } else {
        tensors.add(SafetensorsTensor.read(file, entry.getKey(), entry.getValue()));
      }
    }
    DataRegions.check(file, tensors, input.size() - 8 - length, true);
    return new CheckpointFile(
        file, CheckpointFormat.SAFETENSORS, tensors, metadata, architecture(metadata));
  }

  private static void readMetadata(String file, Node value, Map<String, String> metadata)
      throws InputException {
    if (!(value instanceof Node.Mapping map)) {
      throw new InputException(
          file, value.source().line(), "__metadata__ is not an object of strings", HINT);
    }
    for (Map.Entry<String, Node> item : map.entries().entrySet()) {
      if (!(item.getValue() instanceof Node.Scalar scalar) || !scalar.quoted()) {
        throw new InputException(
            file,
            item.getValue().source().line(),
            "__metadata__ value " + item.getKey() + " is not a string",
            HINT);
      }
      metadata.put(item.getKey(), scalar.text());
    }
  }

  private static Optional<String> architecture(Map<String, String> metadata) {
    for (String key : List.of("architecture", "model_type", "modelspec.architecture")) {
      if (metadata.containsKey(key) && !metadata.get(key).isBlank()) {
        return Optional.of(metadata.get(key));
      }
    }
    return Optional.empty();
  }
}
