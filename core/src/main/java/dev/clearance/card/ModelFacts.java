package dev.clearance.card;

import dev.clearance.document.Node;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a release folder shows about the model without a card: architecture facts from {@code
 * config.json}, a parameter count from checkpoint headers or the index, and a pipeline tag when the
 * architecture names one unambiguously.
 */
final class ModelFacts {

  private static final String[][] CONFIG_FACTS = {
    {"num_hidden_layers", "Layers"},
    {"hidden_size", "Hidden size"},
    {"num_attention_heads", "Attention heads"},
    {"num_key_value_heads", "Key-value heads"},
    {"intermediate_size", "Intermediate size"},
    {"vocab_size", "Vocabulary size"},
    {"max_position_embeddings", "Context length (positions)"},
    {"num_local_experts", "Experts"},
    {"num_experts", "Experts"},
    {"n_routed_experts", "Routed experts"},
    {"num_experts_per_tok", "Experts per token"},
    {"torch_dtype", "Weights dtype"},
  };

  private ModelFacts() {}

  static Optional<String> modelType(Dossier dossier) {
    return config(dossier).flatMap(root -> root.text("model_type"));
  }

  static List<String> architectures(Dossier dossier) {
    List<String> names = new ArrayList<>();
    config(dossier)
        .flatMap(root -> root.sequence("architectures"))
        .ifPresent(
            list ->
                list.items().stream()
                    .filter(Node.Scalar.class::isInstance)
                    .map(Node.Scalar.class::cast)
                    .filter(scalar -> !scalar.isNull())
                    .forEach(scalar -> names.add(scalar.text())));
    return names;
  }

  /** {@code label: value} lines of architecture facts found in config.json (or its text_config). */
  static List<String> configFacts(Dossier dossier) {
    List<String> lines = new ArrayList<>();
    Optional<Node.Mapping> root = config(dossier);
    if (root.isEmpty()) {
      return lines;
    }
    Optional<Node.Mapping> text = root.get().mapping("text_config");
    List<String> labels = new ArrayList<>();
    for (String[] fact : CONFIG_FACTS) {
      Optional<String> value =
          root.get().text(fact[0]).or(() -> text.flatMap(t -> t.text(fact[0])));
      if (value.isPresent() && !labels.contains(fact[1])) {
        labels.add(fact[1]);
        lines.add(fact[1] + ": " + value.get());
      }
    }
    if (root.get().mapping("vision_config").isPresent()) {
      lines.add("Vision encoder: yes (vision_config)");
    }
    if (root.get().mapping("quantization_config").isPresent()) {
      String method =
          root.get()
              .mapping("quantization_config")
              .flatMap(q -> q.text("quant_method"))
              .orElse("yes");
      lines.add("Quantization: " + method);
    }
    return lines;
  }

  /** The parameter count and how it was found, as one line; empty when the folder does not say. */
  static Optional<String> parameters(Dossier dossier) {
    if (dossier.exactParameters().isPresent()) {
      ParameterCount count = dossier.exactParameters().get();
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%,d (%s, %s)",
              count.total(),
              count.humanTotal(),
              describe(count.basis())));
    }
    Optional<Node.Mapping> metadata =
        dossier.checkpointIndex().map(JsonFile::root).flatMap(root -> root.mapping("metadata"));
    Optional<Long> total = metadata.flatMap(m -> whole(m, "total_parameters"));
    if (total.isPresent()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%,d (%s, from metadata.total_parameters of %s)",
              total.get(),
              ParameterCount.human(total.get()),
              dossier.checkpointIndex().get().file()));
    }
    Optional<Long> bytes = metadata.flatMap(m -> whole(m, "total_size"));
    Optional<Integer> width =
        config(dossier).flatMap(root -> root.text("torch_dtype")).map(ModelFacts::bytesPer);
    if (bytes.isPresent() && width.isPresent() && width.get() > 0) {
      long estimate = bytes.get() / width.get();
      return Optional.of(
          String.format(
              Locale.ROOT,
              "about %s (estimate: metadata.total_size of %s, %,d bytes, divided by %d bytes per"
                  + " %s weight)",
              ParameterCount.human(estimate),
              dossier.checkpointIndex().get().file(),
              bytes.get(),
              width.get(),
              config(dossier).flatMap(root -> root.text("torch_dtype")).orElse("")));
    }
    return Optional.empty();
  }

  private static String describe(ParameterCount.Basis basis) {
    return switch (basis) {
      case EXACT_HEADERS -> "exact, from checkpoint headers";
      case INDEX_TOTAL_PARAMETERS -> "exact, from the checkpoint index";
      case CONFIG_ESTIMATE -> "estimate from config.json";
      case INDEX_SIZE_ESTIMATE -> "estimate from the checkpoint index size";
      case CARD_DECLARED -> "declared in the card";
    };
  }

  private static Optional<Long> whole(Node.Mapping mapping, String key) {
    return mapping
        .text(key)
        .flatMap(
            text -> {
              try {
                BigDecimal value = new BigDecimal(text.strip());
                return Math.abs((long) value.scale()) > 100
                    ? Optional.empty()
                    : Optional.of(value.longValueExact());
              } catch (NumberFormatException | ArithmeticException notWhole) {
                return Optional.empty();
              }
            });
  }

  private static int bytesPer(String dtype) {
    return switch (dtype.toLowerCase(Locale.ROOT)) {
      case "float32", "fp32" -> 4;
      case "bfloat16", "float16", "fp16", "bf16" -> 2;
      case "int8", "uint8", "fp8", "float8_e4m3fn" -> 1;
      default -> 0;
    };
  }

  /** The Hub pipeline tag that the architecture class names, when it is unambiguous. */
  static Optional<String> pipelineTag(Dossier dossier) {
    List<String> architectures = architectures(dossier);
    if (architectures.isEmpty()) {
      return Optional.empty();
    }
    String name = architectures.get(0);
    if (name.startsWith("Whisper")) {
      return Optional.of("automatic-speech-recognition");
    }
    if (name.endsWith("ForCausalLM")) {
      return Optional.of("text-generation");
    }
    if (name.endsWith("ForMaskedLM")) {
      return Optional.of("fill-mask");
    }
    if (name.endsWith("ForSequenceClassification")) {
      return Optional.of("text-classification");
    }
    if (name.endsWith("ForTokenClassification")) {
      return Optional.of("token-classification");
    }
    if (name.endsWith("ForQuestionAnswering")) {
      return Optional.of("question-answering");
    }
    if (name.endsWith("ForSeq2SeqLM")) {
      return Optional.of("text2text-generation");
    }
    return Optional.empty();
  }

  static boolean hasConfig(Dossier dossier) {
    return config(dossier).isPresent();
  }

  private static Optional<Node.Mapping> config(Dossier dossier) {
    return dossier.config().map(JsonFile::root);
  }
}
