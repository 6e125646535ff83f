package dev.clearance.artifacts.checkpoint;

import java.util.Map;
import java.util.Optional;

/**
 * The tensor types of GGUF files ({@code enum ggml_type} in ggml/include/ggml.h) with their block
 * layouts: elements per block and bytes per block, from the block structs of ggml/src/ggml-common.h
 * (also listed as {@code GGML_QUANT_SIZES} in gguf-py/gguf/constants.py). Retired ids (4, 5, 31-33,
 * 36-38) are absent and read as unknown.
 */
final class GgmlTypes {

  private static final int QK = 32;
  private static final int QK_K = 256;

  private static final Map<Integer, StorageType> BY_ID =
      Map.ofEntries(
          type(0, "F32", 1, 4),
          type(1, "F16", 1, 2),
          type(2, "Q4_0", QK, 18),
          type(3, "Q4_1", QK, 20),
          type(6, "Q5_0", QK, 22),
          type(7, "Q5_1", QK, 24),
          type(8, "Q8_0", QK, 34),
          type(9, "Q8_1", QK, 36),
          type(10, "Q2_K", QK_K, 84),
          type(11, "Q3_K", QK_K, 110),
          type(12, "Q4_K", QK_K, 144),
          type(13, "Q5_K", QK_K, 176),
          type(14, "Q6_K", QK_K, 210),
          type(15, "Q8_K", QK_K, 292),
          type(16, "IQ2_XXS", QK_K, 66),
          type(17, "IQ2_XS", QK_K, 74),
          type(18, "IQ3_XXS", QK_K, 98),
          type(19, "IQ1_S", QK_K, 50),
          type(20, "IQ4_NL", QK, 18),
          type(21, "IQ3_S", QK_K, 110),
          type(22, "IQ2_S", QK_K, 82),
          type(23, "IQ4_XS", QK_K, 136),
          type(24, "I8", 1, 1),
          type(25, "I16", 1, 2),
          type(26, "I32", 1, 4),
          type(27, "I64", 1, 8),
          type(28, "F64", 1, 8),
          type(29, "IQ1_M", QK_K, 56),
          type(30, "BF16", 1, 2),
          type(34, "TQ1_0", QK_K, 54),
          type(35, "TQ2_0", QK_K, 66),
          type(39, "MXFP4", QK, 17));

  private GgmlTypes() {}

  private static Map.Entry<Integer, StorageType> type(int id, String name, int block, int bytes) {
    return Map.entry(id, new StorageType(name, block, bytes));
  }

  /** The type with that id, empty for an unknown or retired id. */
  static Optional<StorageType> byId(long id) {
    return id < 0 || id > Integer.MAX_VALUE
        ? Optional.empty()
        : Optional.ofNullable(BY_ID.get((int) id));
  }
}
