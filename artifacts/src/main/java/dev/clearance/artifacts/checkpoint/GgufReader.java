package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the header of a GGUF v2 or v3 file (ggml docs/gguf.md): magic {@code GGUF}, version, tensor
 * count, metadata count, typed metadata key-values (arrays and strings included), then tensor infos
 * (name, dimensions, ggml type, offset) before tensor data aligned to {@code general.alignment}
 * (default 32). Weights are never read.
 *
 * <p>Every count and length is checked against the bytes left in the file and {@link HeaderLimits}
 * before it is used, so absurd counts or string lengths fail fast with an {@link InputException}
 * naming the file, the tensor or key, and the problem. Tensors must be whole blocks of their type,
 * start at an aligned offset, lie inside the file and not overlap.
 */
public final class GgufReader {

  private static final int MAGIC = 0x46554747; // "GGUF" read little-endian
  private static final int MAX_DIMS = 4; // GGML_MAX_DIMS
  private static final int DEFAULT_ALIGNMENT = 32;

  /** Smallest tensor info: name length, no name, dimension count, type, offset. */
  private static final int MIN_TENSOR_INFO = 8 + 4 + 4 + 8;

  /** Smallest key-value: key length, value type, one-byte value. */
  private static final int MIN_KEY_VALUE = 8 + 4 + 1;

  private static final String HINT =
      "the GGUF header is malformed; the file is damaged or was crafted, do not load it";

  private final HeaderLimits limits;

  public GgufReader(HeaderLimits limits) {
    this.limits = limits;
  }

  /**
   * @param file the name shown in errors
   * @param channel the file's content; only its header is read
   * @throws InputException for any problem listed in the class description, or an I/O error
   */
  public CheckpointFile read(String file, SeekableByteChannel channel) throws InputException {
    HeaderInput input = new HeaderInput(file, channel, limits.maxHeaderBytes());
    if (input.size() < 4 || input.readInt("the magic") != MAGIC) {
      throw new InputException(file, 0, "does not start with the GGUF magic", HINT);
    }
    long version = input.readUnsignedInt("the version");
    if (version != 2 && version != 3) {
      String problem =
          version == 1
              ? "is GGUF version 1, which Clearance does not read (counts were 32-bit)"
              : Integer.reverseBytes((int) version) == 3 || Integer.reverseBytes((int) version) == 2
                  ? "is a big-endian GGUF file, which Clearance does not read"
                  : "has unknown GGUF version " + version;
      throw new InputException(file, 0, problem, "convert it with a current llama.cpp to GGUF v3");
    }
    long tensorCount = input.readLong("the tensor count");
    long keyValueCount = input.readLong("the metadata count");
    long room = input.remaining();
    if (tensorCount < 0
        || tensorCount > limits.maxTensors()
        || tensorCount > room / MIN_TENSOR_INFO) {
      throw new InputException(
          file,
          0,
          "tensor count %s is absurd for a file of %d bytes (limit %d)"
              .formatted(Long.toUnsignedString(tensorCount), input.size(), limits.maxTensors()),
          HINT);
    }
    if (keyValueCount < 0
        || keyValueCount > limits.maxMetadataEntries()
        || keyValueCount > room / MIN_KEY_VALUE) {
      throw new InputException(
          file,
          0,
          "metadata count %s is absurd for a file of %d bytes (limit %d)"
              .formatted(
                  Long.toUnsignedString(keyValueCount), input.size(), limits.maxMetadataEntries()),
          HINT);
    }
    GgufValues values = new GgufValues(file, input, limits);
    Map<String, String> metadata = new LinkedHashMap<>();
    long alignment = DEFAULT_ALIGNMENT;
    for (long index = 0; index < keyValueCount; index++) {
      String key = values.string("metadata key #" + index);
      long type = input.readUnsignedInt("the type of " + key);
      if (metadata.containsKey(key)) {
        throw new InputException(file, 0, "metadata key " + key + " appears twice", HINT);
      }
      String value = values.value(key, type);
      if (key.equals("general.alignment")) {
        alignment = alignment(file, type, value);
      }
      metadata.put(key, value);
    }
    List<Tensor> tensors = new ArrayList<>((int) Math.min(tensorCount, 4096));
    for (long index = 0; index < tensorCount; index++) {
      tensors.add(tensorInfo(file, input, values, index));
    }
    long dataStart = input.position() + padding(input.position(), alignment);
    if (dataStart > input.size()) {
      throw new InputException(
          file, 0, "ends before its tensor data starts (offset %d)".formatted(dataStart), HINT);
    }
    for (Tensor tensor : tensors) {
      if (tensor.offset() % alignment != 0) {
        throw new InputException(
            file,
            0,
            "tensor %s: offset %d is not a multiple of the alignment %d"
                .formatted(tensor.name(), tensor.offset(), alignment),
            HINT);
      }
    }
    DataRegions.check(file, tensors, input.size() - dataStart, false);
    return new CheckpointFile(
        file,
        CheckpointFormat.GGUF,
        tensors,
        metadata,
        Optional.ofNullable(metadata.get("general.architecture")));
  }

  private static long alignment(String file, long type, String value) throws InputException {
    long alignment = type == 4 ? Long.parseLong(value) : 0;
    if (alignment <= 0 || Long.bitCount(alignment) != 1) {
      throw new InputException(
          file, 0, "general.alignment must be a UINT32 power of two, was " + value, HINT);
    }
    return alignment;
  }

  private static long padding(long position, long alignment) {
    long rest = position % alignment;
    return rest == 0 ? 0 : alignment - rest;
  }

  private Tensor tensorInfo(String file, HeaderInput input, GgufValues values, long index)
      throws InputException {
    String name = values.string("the name of tensor #" + index);
    long dimensions = input.readUnsignedInt("the dimension count of tensor " + name);
    if (dimensions > MAX_DIMS) {
      throw problem(
          file, name, "has %d dimensions, GGML allows at most %d".formatted(dimensions, MAX_DIMS));
    }
    List<Long> shape = new ArrayList<>();
    long elements = 1;
    for (int axis = 0; axis < dimensions; axis++) {
      long size = input.readLong("dimension " + axis + " of tensor " + name);
      if (size < 0) {
        throw problem(
            file, name, "dimension %s is beyond 2^63-1".formatted(Long.toUnsignedString(size)));
      }
      shape.add(size);
      try {
        elements = Math.multiplyExact(elements, size);
      } catch (ArithmeticException overflow) {
        throw problem(file, name, "shape " + shape + " has more than 2^63-1 elements");
      }
    }
    long typeId = input.readUnsignedInt("the type of tensor " + name);
    StorageType type =
        GgmlTypes.byId(typeId)
            .orElseThrow(() -> problem(file, name, "has unknown ggml type " + typeId));
    long offset = input.readLong("the offset of tensor " + name);
    if (offset < 0) {
      throw problem(
          file, name, "offset %s is beyond 2^63-1".formatted(Long.toUnsignedString(offset)));
    }
    if (!shape.isEmpty() && shape.get(0) % type.elementsPerBlock() != 0) {
      throw problem(
          file,
          name,
          "rows of %d elements are not whole %s blocks of %d"
              .formatted(shape.get(0), type.name(), type.elementsPerBlock()));
    }
    long bytes;
    try {
      bytes = type.bytesFor(elements);
    } catch (ArithmeticException overflow) {
      throw problem(file, name, "%s × %s is more than 2^63-1 bytes".formatted(type.name(), shape));
    }
    if (bytes < 0) {
      throw problem(
          file,
          name,
          "%d elements are not whole %s blocks of %d"
              .formatted(elements, type.name(), type.elementsPerBlock()));
    }
    return new Tensor(name, type, shape, elements, offset, bytes);
  }

  private static InputException problem(String file, String tensor, String problem) {
    return new InputException(file, 0, "tensor " + tensor + ": " + problem, HINT);
  }
}
