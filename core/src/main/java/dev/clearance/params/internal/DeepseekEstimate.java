package dev.clearance.params.internal;

import static dev.clearance.params.internal.Arithmetic.plus;
import static dev.clearance.params.internal.Arithmetic.times;
import static dev.clearance.params.internal.Arithmetic.when;

import java.util.OptionalLong;

/**
 * Counts DeepSeek-V2/V3 models: multi-head latent attention (queries through a {@code q_lora_rank}
 * bottleneck when set, keys and values through {@code kv_lora_rank}, with their norms), the first
 * {@code first_k_dense_replace} layers dense, the others routed experts plus shared experts and a
 * router. Reads the Hugging Face config ({@code deepseek_v2}, {@code deepseek_v3}) and the
 * inference config of the DeepSeek-V3 repository ({@code dim}, {@code inter_dim}, {@code
 * moe_inter_dim}, {@code n_dense_layers}, ...). The multi-token-prediction module ({@code
 * num_nextn_predict_layers}) is not part of the main model and is not counted, as in the published
 * 671B.
 */
public final class DeepseekEstimate {

  private DeepseekEstimate() {}

  public static boolean supports(String modelType) {
    return modelType.equals("deepseek_v2")
        || modelType.equals("deepseek_v3")
        || modelType.equals("kimi_k2");
  }

  /** Whether a config without {@code model_type} is the DeepSeek-V3 repository's inference one. */
  public static boolean isInferenceConfig(ConfigValues values) {
    return values.has("dim")
        && values.has("n_layers")
        && values.has("n_routed_experts")
        && values.has("moe_inter_dim");
  }

  private record Shape(
      long hidden,
      long layers,
      long vocabulary,
      long heads,
      long denseSize,
      long expertSize,
      long routed,
      long shared,
      long perToken,
      long queryRank,
      long keyValueRank,
      long noPositionDim,
      long ropeDim,
      long valueDim,
      long moeLayers,
      boolean attentionBias,
      boolean routerBias,
      boolean tie) {}

  /**
   * Estimates a Hugging Face DeepSeek-V2/V3 config.
   *
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   */
  public static Estimate estimateHuggingFace(ConfigValues values) throws UnusableConfigException {
    long layers = values.count("num_hidden_layers");
    long firstDense = values.countOr(0, "first_k_dense_replace");
    long frequency = values.has("moe_layer_freq") ? values.positive("moe_layer_freq") : 1;
    long routed = values.countOr(0, "n_routed_experts");
    long moeLayers = routed == 0 ? 0 : multiplesBetween(frequency, firstDense, layers);
    String topk = values.text("topk_method").orElse("");
    Shape shape =
        new Shape(
            values.positive("hidden_size"),
            layers,
            values.count("vocab_size"),
            values.positive("num_attention_heads"),
            values.count("intermediate_size"),
            values.count("moe_intermediate_size"),
            routed,
            values.countOr(0, "n_shared_experts"),
            values.count("num_experts_per_tok"),
            values.countOr(0, "q_lora_rank"),
            values.count("kv_lora_rank"),
            values.count("qk_nope_head_dim"),
            values.count("qk_rope_head_dim"),
            values.count("v_head_dim"),
            moeLayers,
            values.flag("attention_bias", false),
            topk.equals("noaux_tc"),
            values.flag("tie_word_embeddings", false));
    Estimate estimate = estimate(shape, "deepseek (Hugging Face config)");
    long predictionLayers = values.countOr(0, "num_nextn_predict_layers");
    if (predictionLayers > 0) {
      return new Estimate(
          estimate.total(),
          estimate.active(),
          estimate.formula()
              + "; the "
              + predictionLayers
              + " multi-token-prediction layer(s) stored with the weights are not counted");
    }
    return estimate;
  }

  /**
   * Estimates the DeepSeek-V3 repository's inference config (no {@code model_type}).
   *
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   */
  public static Estimate estimateInference(ConfigValues values) throws UnusableConfigException {
    long layers = values.count("n_layers");
    long dense = Math.min(values.countOr(1, "n_dense_layers"), layers);
    Shape shape =
        new Shape(
            values.positive("dim"),
            layers,
            values.count("vocab_size"),
            values.positive("n_heads"),
            values.count("inter_dim"),
            values.count("moe_inter_dim"),
            values.count("n_routed_experts"),
            values.countOr(0, "n_shared_experts"),
            values.count("n_activated_experts"),
            values.countOr(0, "q_lora_rank"),
            values.count("kv_lora_rank"),
            values.count("qk_nope_head_dim"),
            values.count("qk_rope_head_dim"),
            values.count("v_head_dim"),
            layers - dense,
            false,
            values.text("score_func").orElse("").equals("sigmoid"),
            false);
    return estimate(shape, "deepseek (inference config, no model_type)");
  }

  private static Estimate estimate(Shape shape, String kind) throws UnusableConfigException {
    if (shape.perToken() > shape.routed()) {
      throw new UnusableConfigException("num_experts_per_tok", "more than the routed experts");
    }
    long hidden = shape.hidden();
    long headDim = plus(shape.noPositionDim(), shape.ropeDim());
    long query =
        shape.queryRank() == 0
            ? times(hidden, shape.heads(), headDim)
            : plus(
                times(hidden, shape.queryRank()),
                when(shape.attentionBias(), shape.queryRank()),
                shape.queryRank(),
                times(shape.queryRank(), shape.heads(), headDim));
    long keyValueDown = plus(shape.keyValueRank(), shape.ropeDim());
    long keyValue =
        plus(
            times(hidden, keyValueDown),
            when(shape.attentionBias(), keyValueDown),
            shape.keyValueRank(),
            times(
                shape.keyValueRank(),
                shape.heads(),
                plus(shape.noPositionDim(), shape.valueDim())));
    long output =
        plus(times(shape.heads(), shape.valueDim(), hidden), when(shape.attentionBias(), hidden));
    long perLayer = plus(query, keyValue, output, times(2, hidden));

    long expert = times(3, hidden, shape.expertSize());
    long router = plus(times(hidden, shape.routed()), when(shape.routerBias(), shape.routed()));
    long sharedExperts = times(shape.shared(), expert);
    long moeTotal = plus(times(shape.routed(), expert), router, sharedExperts);
    long moeActive = plus(times(shape.perToken(), expert), router, sharedExperts);
    long denseLayers = shape.layers() - shape.moeLayers();
    long denseMlp = times(3, hidden, shape.denseSize());

    long embeddings = times(shape.vocabulary(), hidden);
    long outside = plus(embeddings, when(!shape.tie(), embeddings), hidden);
    long common = plus(outside, times(shape.layers(), perLayer), times(denseLayers, denseMlp));
    long total = plus(common, times(shape.moeLayers(), moeTotal));
    long active = plus(common, times(shape.moeLayers(), moeActive));
    String formula =
        ("%s: %d layers of latent attention (%d heads, q rank %s, kv rank %d), %d dense MLP %d"
                + " and %d mixture-of-experts layers of %d routed experts (%d per token) + %d"
                + " shared of %d; embeddings %d × %d%s")
            .formatted(
                kind,
                shape.layers(),
                shape.heads(),
                shape.queryRank() == 0 ? "none" : Long.toString(shape.queryRank()),
                shape.keyValueRank(),
                denseLayers,
                shape.denseSize(),
                shape.moeLayers(),
                shape.routed(),
                shape.perToken(),
                shape.shared(),
                shape.expertSize(),
                shape.vocabulary(),
                hidden,
                shape.tie() ? " (output head tied)" : " + separate output head");
    return new Estimate(total, OptionalLong.of(active), formula);
  }

  /** How many i in [from, to) are multiples of {@code step}. */
  private static long multiplesBetween(long step, long from, long to) {
    if (from >= to) {
      return 0;
    }
    long upTo = (to - 1) / step + 1; // multiples in [0, to)
    long below = from == 0 ? 0 : (from - 1) / step + 1; // multiples in [0, from)
    return upTo - below;
  }
}
