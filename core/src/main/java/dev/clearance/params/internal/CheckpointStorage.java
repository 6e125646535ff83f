package dev.clearance.params.internal;

import dev.clearance.document.Node;
import dev.clearance.dossier.JsonFile;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a sharded checkpoint stores its tensors, as far as the index and config tell: the bytes per
 * element to divide {@code total_size} by, or none when the checkpoint is quantized to packed
 * formats whose share of the bytes the index does not give.
 *
 * @param bytesPerElement the width to divide by; empty when no count can be bounded
 * @param explanation where the width came from
 * @param caveat what makes the result approximate
 */
public record CheckpointStorage(
    OptionalLong bytesPerElement, String explanation, Optional<String> caveat) {

  public CheckpointStorage {
    java.util.Objects.requireNonNull(bytesPerElement, "bytesPerElement");
    java.util.Objects.requireNonNull(explanation, "explanation");
    java.util.Objects.requireNonNull(caveat, "caveat");
    if (bytesPerElement.isPresent() && bytesPerElement.getAsLong() <= 0) {
      throw new IllegalArgumentException("bytes per element must be > 0");
    }
  }

  private static final Map<String, Long> WIDTHS =
      Map.ofEntries(
          Map.entry("float64", 8L),
          Map.entry("double", 8L),
          Map.entry("float32", 4L),
          Map.entry("fp32", 4L),
          Map.entry("float", 4L),
          Map.entry("float16", 2L),
          Map.entry("fp16", 2L),
          Map.entry("half", 2L),
          Map.entry("bfloat16", 2L),
          Map.entry("bf16", 2L));

  /** Tensor-name endings that only quantized checkpoints have (bitsandbytes, GPTQ, AWQ). */
  private static final String[] PACKED_MARKERS = {
    ".absmax",
    ".quant_map",
    ".quant_state.bitsandbytes__nf4",
    ".quant_state.bitsandbytes__fp4",
    ".SCB",
    ".qweight",
    ".qzeros",
    ".g_idx",
    ".scales"
  };

  /** Buffers that older PyTorch exports saved next to the parameters. */
  private static final String[] BUFFER_MARKERS = {
    ".attention.bias", ".attention.masked_bias", ".rotary_emb.inv_freq", ".attn.bias"
  };

  private static final String FP8_CAVEAT =
      "fp8 checkpoints keep embeddings, norms and scales in wider types, so this is slightly high";

  /** Reads the storage from the index's weight map and the config, if there is one. */
  public static CheckpointStorage of(JsonFile index, Optional<JsonFile> config) {
    Node.Mapping weights =
        index
            .root()
            .mapping("weight_map")
            .orElse(new Node.Mapping(Map.of(), index.root().source()));
    Optional<Node.Mapping> configRoot = config.map(JsonFile::root);
    Optional<Node.Mapping> quantization =
        configRoot.flatMap(root -> root.mapping("quantization_config"));
    String method =
        quantization.flatMap(q -> q.text("quant_method")).orElse("").toLowerCase(Locale.ROOT);
    boolean fp8 =
        method.contains("fp8")
            || has(weights, "weight_scale_inv")
            || dtype(configRoot).map(CheckpointStorage::isFp8).orElse(false);
    if (fp8) {
      return new CheckpointStorage(OptionalLong.of(1), "fp8", Optional.of(FP8_CAVEAT));
    }
    if (quantization.isPresent() || has(weights, PACKED_MARKERS)) {
      return new CheckpointStorage(
          OptionalLong.empty(),
          "quantized" + (method.isEmpty() ? "" : " (" + method + ")"),
          Optional.empty());
    }
    Optional<String> caveat =
        has(weights, BUFFER_MARKERS)
            ? Optional.of(
                "the index also sizes saved buffers (attention masks, rotary frequencies), so this"
                    + " is slightly high")
            : Optional.empty();
    Optional<String> dtype = dtype(configRoot);
    Long width =
        dtype
            .map(text -> WIDTHS.get(text.toLowerCase(Locale.ROOT).replace("torch.", "")))
            .orElse(null);
    if (width == null) {
      String why = dtype.map(text -> "dtype " + text + " not known").orElse("no dtype stated");
      return new CheckpointStorage(
          OptionalLong.of(2),
          why + "; 16-bit storage assumed, a float32 checkpoint has half this count",
          caveat);
    }
    return new CheckpointStorage(OptionalLong.of(width), dtype.get() + " from the config", caveat);
  }

  private static boolean isFp8(String dtype) {
    String lower = dtype.toLowerCase(Locale.ROOT);
    return lower.contains("fp8") || lower.contains("float8");
  }

  private static Optional<String> dtype(Optional<Node.Mapping> root) {
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping mapping = root.get();
    return mapping
        .text("torch_dtype")
        .or(() -> mapping.text("dtype"))
        .or(() -> mapping.mapping("text_config").flatMap(text -> text.text("torch_dtype")))
        .or(() -> mapping.mapping("text_config").flatMap(text -> text.text("dtype")));
  }

  private static boolean has(Node.Mapping weights, String... endings) {
    for (String name : weights.entries().keySet()) {
      for (String ending : endings) {
        if (name.endsWith(ending)) {
          return true;
        }
      }
    }
    return false;
  }
}
