package dev.clearance.params.internal;

import static dev.clearance.params.internal.Arithmetic.plus;
import static dev.clearance.params.internal.Arithmetic.times;
import static dev.clearance.params.internal.Arithmetic.when;

import java.util.Set;

/**
 * Counts GPT-2-style decoders with LayerNorm (weight and bias) and biased linear layers: GPT-2
 * (learned positions), GPT-BigCode / StarCoder (multi-query attention), GPT-NeoX / Pythia (rotary,
 * separate output head by default) and BLOOM (ALiBi, a LayerNorm after the embeddings).
 */
public final class ClassicGptEstimate {

  private static final Set<String> TYPES = Set.of("gpt2", "gpt_bigcode", "gpt_neox", "bloom");

  private ClassicGptEstimate() {}

  public static boolean supports(String modelType) {
    return TYPES.contains(modelType);
  }

  /**
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   */
  public static Estimate estimate(String modelType, ConfigValues values)
      throws UnusableConfigException {
    return switch (modelType) {
      case "gpt2", "gpt_bigcode" -> gpt2(modelType, values);
      case "gpt_neox" -> neox(values);
      case "bloom" -> bloom(values);
      default -> throw new UnusableConfigException("model_type", "not a GPT type: " + modelType);
    };
  }

  private static Estimate gpt2(String modelType, ConfigValues values)
      throws UnusableConfigException {
    long hidden = values.positive("n_embd", "hidden_size");
    long layers = values.count("n_layer", "num_hidden_layers");
    long vocabulary = values.count("vocab_size");
    long positions = values.count("n_positions", "max_position_embeddings");
    long inner = values.has("n_inner") ? values.count("n_inner") : times(4, hidden);
    long keyValue = times(2, hidden);
    String attentionKind = "multi-head";
    if (modelType.equals("gpt_bigcode") && values.flag("multi_query", true)) {
      long heads = values.positive("n_head", "num_attention_heads");
      keyValue = times(2, hidden / heads);
      attentionKind = "multi-query";
    }
    boolean tie = values.flag("tie_word_embeddings", true);
    long attentionIn = times(hidden, plus(hidden, keyValue));
    long layer =
        plus(
            times(2, 2, hidden), // ln_1, ln_2
            attentionIn,
            plus(hidden, keyValue), // c_attn bias
            times(hidden, hidden),
            hidden,
            times(hidden, inner),
            inner,
            times(inner, hidden),
            hidden);
    long embeddings = times(vocabulary, hidden);
    long total =
        plus(
            embeddings,
            when(!tie, embeddings),
            times(positions, hidden),
            times(layers, layer),
            times(2, hidden));
    return Estimate.dense(
        total,
        ("%s: %d layers × (%s attention, MLP %d, 2 LayerNorms, biases) + token embeddings %d × %d"
                + " + %d learned positions + final LayerNorm%s")
            .formatted(
                modelType,
                layers,
                attentionKind,
                inner,
                vocabulary,
                hidden,
                positions,
                tie ? " (output head tied)" : " + separate output head"));
  }

  private static Estimate neox(ConfigValues values) throws UnusableConfigException {
    long hidden = values.positive("hidden_size");
    long layers = values.count("num_hidden_layers");
    long vocabulary = values.count("vocab_size");
    long inner = values.count("intermediate_size");
    boolean bias = values.flag("attention_bias", true);
    boolean tie = values.flag("tie_word_embeddings", false);
    long layer =
        plus(
            times(2, 2, hidden),
            times(3, hidden, hidden),
            when(bias, times(3, hidden)),
            times(hidden, hidden),
            when(bias, hidden),
            times(hidden, inner),
            inner,
            times(inner, hidden),
            hidden);
    long embeddings = times(vocabulary, hidden);
    long total = plus(embeddings, when(!tie, embeddings), times(layers, layer), times(2, hidden));
    return Estimate.dense(
        total,
        ("gpt_neox: %d layers × (attention%s, MLP %d, 2 LayerNorms) + embeddings %d × %d%s + final"
                + " LayerNorm")
            .formatted(
                layers,
                bias ? " with biases" : "",
                inner,
                vocabulary,
                hidden,
                tie ? " (output head tied)" : " + separate output head"));
  }

  private static Estimate bloom(ConfigValues values) throws UnusableConfigException {
    long hidden = values.positive("hidden_size", "n_embed");
    long layers = values.count("n_layer", "num_hidden_layers");
    long vocabulary = values.count("vocab_size");
    long layer =
        plus(
            times(2, 2, hidden),
            times(3, hidden, hidden),
            times(3, hidden),
            times(hidden, hidden),
            hidden,
            times(8, hidden, hidden),
            times(4, hidden),
            hidden);
    long embeddings = times(vocabulary, hidden);
    long total = plus(embeddings, times(2, hidden), times(layers, layer), times(2, hidden));
    return Estimate.dense(
        total,
        ("bloom: %d layers × (attention, MLP 4 × %d, 2 LayerNorms, biases) + embeddings %d × %d"
                + " with LayerNorm (output head tied) + final LayerNorm")
            .formatted(layers, hidden, vocabulary, hidden));
  }
}
