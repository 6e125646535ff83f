package dev.clearance.params.internal;

import static dev.clearance.params.internal.Arithmetic.plus;
import static dev.clearance.params.internal.Arithmetic.times;
import static dev.clearance.params.internal.Arithmetic.when;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Counts the parameters of Llama-style decoders: token embeddings, layers of grouped-query
 * attention (q, k, v, o projections) and a gated MLP (gate, up, down), RMS norms, and an output
 * head unless it shares the embedding matrix. Mixture-of-experts variants (Mixtral, Granite MoE,
 * Qwen MoE) replace the MLP with routed experts, a router and optionally a shared expert; their
 * active count uses {@code num_experts_per_tok} experts per sparse layer.
 */
public final class DecoderEstimate {

  private enum Experts {
    NONE,
    /** Every layer sparse; {@code num_local_experts} of {@code intermediate_size}. */
    ALL_LAYERS,
    /** Qwen: {@code num_experts} of {@code moe_intermediate_size}, every n-th layer sparse. */
    QWEN
  }

  /**
   * How one architecture differs from Llama.
   *
   * @param biasKey config key switching q/k/v (and, if {@code outputBias}, o) biases; null if none
   * @param biasDefault bias when the key is absent
   * @param outputBias whether the o projection follows the bias switch
   * @param mlpBiasKey config key switching MLP biases; null if the MLP has none
   * @param normsPerLayer RMS norms per layer (Gemma 2 has four)
   * @param queryKeyNorm per-head-dim norms on q and k (Qwen 3, Gemma 3)
   * @param tieDefault {@code tie_word_embeddings} when the config leaves it out
   */
  private record Layout(
      String biasKey,
      boolean biasDefault,
      boolean outputBias,
      String mlpBiasKey,
      int normsPerLayer,
      boolean queryKeyNorm,
      boolean tieDefault,
      Experts experts) {}

  private static final Layout LLAMA =
      new Layout("attention_bias", false, true, "mlp_bias", 2, false, false, Experts.NONE);
  private static final Layout PLAIN =
      new Layout(null, false, false, null, 2, false, false, Experts.NONE);
  private static final Layout QWEN2 =
      new Layout(null, true, false, null, 2, false, false, Experts.NONE);
  private static final Layout QWEN3 =
      new Layout("attention_bias", false, true, null, 2, true, false, Experts.NONE);
  private static final Layout GEMMA =
      new Layout("attention_bias", false, true, null, 2, false, true, Experts.NONE);

  private static final Map<String, Layout> LAYOUTS =
      Map.ofEntries(
          Map.entry("llama", LLAMA),
          Map.entry("granite", LLAMA),
          Map.entry("smollm3", withTie(LLAMA, true)),
          Map.entry("mistral", PLAIN),
          Map.entry("phi3", PLAIN),
          Map.entry("mixtral", withExperts(PLAIN, Experts.ALL_LAYERS)),
          Map.entry(
              "granitemoe",
              new Layout("attention_bias", false, true, null, 2, false, false, Experts.ALL_LAYERS)),
          Map.entry("qwen2", QWEN2),
          Map.entry("qwen2_vl_text", QWEN2),
          Map.entry("qwen2_5_vl_text", QWEN2),
          Map.entry(
              "qwen2_moe",
              new Layout("qkv_bias", true, false, null, 2, false, false, Experts.QWEN)),
          Map.entry("qwen3", QWEN3),
          Map.entry("qwen3_moe", withExperts(QWEN3, Experts.QWEN)),
          Map.entry("gemma", GEMMA),
          Map.entry(
              "gemma2",
              new Layout("attention_bias", false, true, null, 4, false, true, Experts.NONE)),
          Map.entry(
              "gemma3_text",
              new Layout("attention_bias", false, true, null, 4, true, true, Experts.NONE)));

  private DecoderEstimate() {}

  private static Layout withTie(Layout layout, boolean tie) {
    return new Layout(
        layout.biasKey(),
        layout.biasDefault(),
        layout.outputBias(),
        layout.mlpBiasKey(),
        layout.normsPerLayer(),
        layout.queryKeyNorm(),
        tie,
        layout.experts());
  }

  private static Layout withExperts(Layout layout, Experts experts) {
    return new Layout(
        layout.biasKey(),
        layout.biasDefault(),
        layout.outputBias(),
        layout.mlpBiasKey(),
        layout.normsPerLayer(),
        layout.queryKeyNorm(),
        layout.tieDefault(),
        experts);
  }

  public static boolean supports(String modelType) {
    return LAYOUTS.containsKey(modelType);
  }

  /**
   * Estimates a decoder of a {@linkplain #supports supported} type.
   *
   * @param tieOverride {@code tie_word_embeddings} from an enclosing multimodal config, used when
   *     {@code values} does not say
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   * @throws ArithmeticException when the count overflows a long
   */
  public static Estimate estimate(
      String modelType, ConfigValues values, Optional<Boolean> tieOverride)
      throws UnusableConfigException {
    Layout layout = LAYOUTS.get(modelType);
    if (layout == null) {
      throw new UnusableConfigException("model_type", "not a Llama-style decoder: " + modelType);
    }
    long hidden = values.positive("hidden_size");
    long layers = values.count("num_hidden_layers");
    long vocabulary = values.count("vocab_size");
    long heads = values.positive("num_attention_heads");
    long keyValueHeads = values.countOr(heads, "num_key_value_heads");
    long headDim = values.has("head_dim") ? values.positive("head_dim") : hidden / heads;
    boolean bias =
        layout.biasKey() == null
            ? layout.biasDefault()
            : values.flag(layout.biasKey(), layout.biasDefault());
    boolean mlpBias = layout.mlpBiasKey() != null && values.flag(layout.mlpBiasKey(), false);
    boolean tie =
        values.has("tie_word_embeddings")
            ? values.flag("tie_word_embeddings", layout.tieDefault())
            : tieOverride.orElse(layout.tieDefault());

    long queryDim = times(heads, headDim);
    long keyValueDim = times(keyValueHeads, headDim);
    long attention =
        plus(
            times(hidden, queryDim),
            times(2, hidden, keyValueDim),
            times(queryDim, hidden),
            when(bias, plus(queryDim, times(2, keyValueDim))),
            when(bias && layout.outputBias(), hidden),
            when(layout.queryKeyNorm(), times(2, headDim)));
    long perLayerFixed = plus(attention, times(layout.normsPerLayer(), hidden));
    long embeddings = times(vocabulary, hidden);
    long outside = plus(embeddings, when(!tie, embeddings), hidden);

    Mlp mlp = mlp(layout, values, hidden, layers, mlpBias);
    long total = plus(outside, times(layers, perLayerFixed), mlp.total());
    OptionalLong active =
        mlp.active() == mlp.total()
            ? OptionalLong.empty()
            : OptionalLong.of(plus(outside, times(layers, perLayerFixed), mlp.active()));
    String formula =
        ("%s decoder: %d layers × (attention with %d query / %d key-value heads of dim %d%s, %s, %d"
                + " norms) + embeddings %d × %d%s + final norm")
            .formatted(
                modelType,
                layers,
                heads,
                keyValueHeads,
                headDim,
                bias ? " with biases" : "",
                mlp.description(),
                layout.normsPerLayer(),
                vocabulary,
                hidden,
                tie ? " (output head tied)" : " + separate output head");
    return new Estimate(total, active, formula);
  }

  private record Mlp(long total, long active, String description) {}

  private static Mlp mlp(
      Layout layout, ConfigValues values, long hidden, long layers, boolean mlpBias)
      throws UnusableConfigException {
    if (layout.experts() == Experts.NONE) {
      long intermediate = values.count("intermediate_size");
      long perLayer = denseMlp(hidden, intermediate, mlpBias);
      long total = times(layers, perLayer);
      return new Mlp(total, total, "gated MLP " + intermediate + (mlpBias ? " with biases" : ""));
    }
    boolean qwen = layout.experts() == Experts.QWEN;
    long experts = values.count(qwen ? "num_experts" : "num_local_experts");
    long perToken = values.count("num_experts_per_tok");
    if (perToken > experts) {
      throw new UnusableConfigException("num_experts_per_tok", "more than the experts there are");
    }
    long expertSize = values.count(qwen ? "moe_intermediate_size" : "intermediate_size");
    long sparseLayers = qwen ? qwenSparseLayers(values, layers, experts) : layers;
    long denseLayers = layers - sparseLayers;
    long dense =
        denseLayers == 0
            ? 0
            : times(denseLayers, denseMlp(hidden, values.count("intermediate_size"), false));
    long shared = 0;
    if (qwen && values.has("shared_expert_intermediate_size")) {
      long sharedSize = values.count("shared_expert_intermediate_size");
      shared = sharedSize == 0 ? 0 : plus(times(3, hidden, sharedSize), hidden); // + sigmoid gate
    }
    long router = times(hidden, experts);
    long expert = times(3, hidden, expertSize);
    long sparseTotal = times(sparseLayers, plus(times(experts, expert), router, shared));
    long sparseActive = times(sparseLayers, plus(times(perToken, expert), router, shared));
    String description =
        "%d experts (%d per token) of gated MLP %d%s, router%s"
            .formatted(
                experts,
                perToken,
                expertSize,
                shared > 0 ? " + shared expert" : "",
                denseLayers > 0 ? "; " + denseLayers + " dense layers" : "");
    return new Mlp(plus(dense, sparseTotal), plus(dense, sparseActive), description);
  }

  private static long denseMlp(long hidden, long intermediate, boolean bias) {
    return plus(times(3, hidden, intermediate), when(bias, plus(times(2, intermediate), hidden)));
  }

  /** Layers i with {@code (i + 1) % decoder_sparse_step == 0} that are not in mlp_only_layers. */
  private static long qwenSparseLayers(ConfigValues values, long layers, long experts)
      throws UnusableConfigException {
    if (experts == 0) {
      return 0;
    }
    long step = values.has("decoder_sparse_step") ? values.positive("decoder_sparse_step") : 1;
    List<Long> denseOnly = values.counts("mlp_only_layers");
    long sparse = layers / step;
    Set<Long> seen = new HashSet<>();
    for (long layer : denseOnly) {
      if (layer < layers && (layer + 1) % step == 0 && seen.add(layer)) {
        sparse--;
      }
    }
    return sparse;
  }
}
