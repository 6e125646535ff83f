package dev.clearance.artifacts.checkpoint;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a tensor's elements are stored: {@code elementsPerBlock} elements take {@code bytesPerBlock}
 * bytes. Plain types have blocks of one element (BF16: 1 element in 2 bytes); sub-byte safetensors
 * types and GGML quantized types pack several (F4: 2 in 1 byte; Q4_K: 256 in 144 bytes).
 *
 * @param name the name the format uses ({@code BF16}, {@code Q4_K})
 * @param elementsPerBlock elements in one block, at least 1
 * @param bytesPerBlock bytes of one block, at least 1
 */
public record StorageType(String name, int elementsPerBlock, int bytesPerBlock) {

  /**
   * The dtypes of the safetensors format (huggingface/safetensors, {@code Dtype} in
   * safetensors/src/tensor.rs), with their sizes in bits turned into blocks.
   */
  private static final Map<String, StorageType> SAFETENSORS =
      Map.ofEntries(
          plain("BOOL", 1),
          plain("U8", 1),
          plain("I8", 1),
          plain("F8_E5M2", 1),
          plain("F8_E4M3", 1),
          plain("F8_E8M0", 1),
          plain("I16", 2),
          plain("U16", 2),
          plain("F16", 2),
          plain("BF16", 2),
          plain("I32", 4),
          plain("U32", 4),
          plain("F32", 4),
          plain("I64", 8),
          plain("U64", 8),
          plain("F64", 8),
          Map.entry("F4", new StorageType("F4", 2, 1)),
          Map.entry("F6_E2M3", new StorageType("F6_E2M3", 4, 3)),
          Map.entry("F6_E3M2", new StorageType("F6_E3M2", 4, 3)));

  /**
   * @throws IllegalArgumentException for a blank name or a block smaller than one
   */
  public StorageType {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || elementsPerBlock < 1 || bytesPerBlock < 1) {
      throw new IllegalArgumentException(
          "storage type needs a name and positive block sizes, got %s %d/%d"
              .formatted(name, elementsPerBlock, bytesPerBlock));
    }
  }

  private static Map.Entry<String, StorageType> plain(String name, int bytes) {
    return Map.entry(name, new StorageType(name, 1, bytes));
  }

  /** The safetensors dtype of that name, exactly as the header spells it. */
  public static Optional<StorageType> safetensors(String dtype) {
    return Optional.ofNullable(SAFETENSORS.get(dtype));
  }

  /**
   * Bytes that {@code elements} elements take.
   *
   * @return -1 when {@code elements} is not a whole number of blocks
   * @throws ArithmeticException when the byte count overflows a long
   */
  public long bytesFor(long elements) {
    if (elements % elementsPerBlock != 0) {
      return -1;
    }
    return Math.multiplyExact(elements / elementsPerBlock, (long) bytesPerBlock);
  }

  /**
   * The alignment a tensor of this type should start at inside the data: the element size for plain
   * types, one byte for packed ones.
   */
  public int alignment() {
    return elementsPerBlock == 1 ? bytesPerBlock : 1;
  }
}
