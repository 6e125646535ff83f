package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.params.ConfigParameterEstimator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a folder's {@code config.json} says about the model: its architecture, and for a mixture of
 * experts the expert counts and the active parameters per token ({@link ConfigParameterEstimator}'s
 * figure).
 *
 * @param architecture {@code architectures[0]}, else {@code model_type}
 * @param active parameters active per token, for a mixture of experts
 * @param experts "8 experts, 2 per token"
 */
record ModelConfig(Optional<String> architecture, OptionalLong active, Optional<String> experts) {

  static final ModelConfig NONE =
      new ModelConfig(Optional.empty(), OptionalLong.empty(), Optional.empty());

  private static final List<String> EXPERTS =
      List.of("num_local_experts", "num_experts", "n_routed_experts");
  private static final List<String> PER_TOKEN = List.of("num_experts_per_tok", "moe_topk");

  ModelConfig {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(experts, "experts");
  }

  /**
   * Reads {@code config.json} when it is a regular file inside the folder; NONE when absent.
   *
   * @throws InputException when it is malformed or too large
   */
  static ModelConfig read(Path config, InputLimits limits) throws InputException {
    if (!Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS)) {
      return NONE;
    }
    String file = config.toString();
    byte[] bytes;
    try {
      if (Files.size(config) > limits.maxFileBytes()) {
        throw new InputException(
            file, 0, "config larger than %d bytes".formatted(limits.maxFileBytes()), "");
      }
      bytes = Files.readAllBytes(config);
    } catch (IOException unreadable) {
      throw HeaderInput.unreadable(file, unreadable);
    }
    Node root = new JsonReader(limits).read(file, TextDecoding.utf8(file, bytes));
    if (!(root instanceof Node.Mapping mapping)) {
      return NONE;
    }
    Optional<String> architecture =
        mapping
            .sequence("architectures")
            .flatMap(list -> list.items().stream().findFirst())
            .filter(Node.Scalar.class::isInstance)
            .map(Node.Scalar.class::cast)
            .map(Node.Scalar::text)
            .or(() -> mapping.text("model_type"));
    Optional<Long> experts = first(mapping, EXPERTS);
    Optional<Long> perToken = first(mapping, PER_TOKEN);
    if (experts.isEmpty() || experts.get() <= 1) {
      return new ModelConfig(architecture, OptionalLong.empty(), Optional.empty());
    }
    OptionalLong active =
        new ConfigParameterEstimator()
            .estimate(new JsonFile(file, mapping))
            .map(ParameterCount::active)
            .orElse(OptionalLong.empty());
    String text =
        experts.get() + " experts" + perToken.map(count -> ", " + count + " per token").orElse("");
    return new ModelConfig(architecture, active, Optional.of(text));
  }

  private static Optional<Long> first(Node.Mapping mapping, List<String> keys) {
    for (String key : keys) {
      Optional<Double> value = mapping.number(key);
      if (value.isPresent() && value.get() >= 0 && value.get() == Math.rint(value.get())) {
        return Optional.of(value.get().longValue());
      }
    }
    return Optional.empty();
  }
}
