package dev.clearance.params.internal;

import static dev.clearance.params.internal.Arithmetic.plus;
import static dev.clearance.params.internal.Arithmetic.times;
import static dev.clearance.params.internal.Arithmetic.when;

/**
 * Counts encoder-decoder models: T5 (shared embeddings, relative attention bias in the first layer
 * of each stack, RMS norms without bias, ReLU or gated MLP) and Whisper (two audio convolutions,
 * learned positions, biased attention except the key projection, LayerNorms, output head tied to
 * the decoder embeddings).
 */
public final class SequenceToSequenceEstimate {

  private SequenceToSequenceEstimate() {}

  public static boolean supports(String modelType) {
    return modelType.equals("t5") || modelType.equals("mt5") || modelType.equals("whisper");
  }

  /**
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   */
  public static Estimate estimate(String modelType, ConfigValues values)
      throws UnusableConfigException {
    return modelType.equals("whisper") ? whisper(values) : t5(modelType, values);
  }

  private static Estimate t5(String modelType, ConfigValues values) throws UnusableConfigException {
    long model = values.positive("d_model");
    long keyValue = values.positive("d_kv");
    long heads = values.positive("num_heads");
    long feedForward = values.count("d_ff");
    long encoderLayers = values.count("num_layers");
    long decoderLayers = values.countOr(encoderLayers, "num_decoder_layers");
    long vocabulary = values.count("vocab_size");
    long buckets = values.countOr(32, "relative_attention_num_buckets");
    String projection = values.text("feed_forward_proj").orElse("relu");
    boolean gated = projection.startsWith("gated");
    boolean tie = values.flag("tie_word_embeddings", modelType.equals("t5"));

    long inner = times(heads, keyValue);
    long attention = times(4, model, inner);
    long mlp = times(gated ? 3 : 2, model, feedForward);
    long relativeBias = times(buckets, heads);
    long encoderLayer = plus(attention, model, mlp, model);
    long decoderLayer = plus(attention, model, attention, model, mlp, model);
    long encoder =
        plus(times(encoderLayers, encoderLayer), when(encoderLayers > 0, relativeBias), model);
    long decoder =
        plus(times(decoderLayers, decoderLayer), when(decoderLayers > 0, relativeBias), model);
    long embeddings = times(vocabulary, model);
    long total = plus(embeddings, when(!tie, embeddings), encoder, decoder);
    return Estimate.dense(
        total,
        ("%s: %d encoder + %d decoder layers (attention %d heads × %d, %s MLP %d, RMS norms),"
                + " shared embeddings %d × %d%s")
            .formatted(
                modelType,
                encoderLayers,
                decoderLayers,
                heads,
                keyValue,
                gated ? "gated" : "ReLU",
                feedForward,
                vocabulary,
                model,
                tie ? " (output head tied)" : " + separate output head"));
  }

  private static Estimate whisper(ConfigValues values) throws UnusableConfigException {
    long model = values.positive("d_model");
    long encoderLayers = values.count("encoder_layers");
    long decoderLayers = values.count("decoder_layers");
    long encoderInner = values.count("encoder_ffn_dim");
    long decoderInner = values.count("decoder_ffn_dim");
    long melBins = values.count("num_mel_bins");
    long sourcePositions = values.count("max_source_positions");
    long targetPositions = values.count("max_target_positions");
    long vocabulary = values.count("vocab_size");

    long attention = plus(times(4, model, model), times(3, model)); // k projection has no bias
    long layerNorm = times(2, model);
    long encoderLayer = plus(attention, layerNorm, mlp(model, encoderInner), layerNorm);
    long decoderLayer =
        plus(attention, layerNorm, attention, layerNorm, mlp(model, decoderInner), layerNorm);
    long convolutions = plus(times(melBins, model, 3), model, times(model, model, 3), model);
    long encoder =
        plus(
            convolutions,
            times(sourcePositions, model),
            times(encoderLayers, encoderLayer),
            layerNorm);
    long decoder =
        plus(
            times(vocabulary, model),
            times(targetPositions, model),
            times(decoderLayers, decoderLayer),
            layerNorm);
    return Estimate.dense(
        plus(encoder, decoder),
        ("whisper: audio convolutions (%d mel bins) + %d encoder layers (MLP %d) + %d decoder"
                + " layers with cross-attention (MLP %d) + positions %d/%d + token embeddings"
                + " %d × %d (output head tied)")
            .formatted(
                melBins,
                encoderLayers,
                encoderInner,
                decoderLayers,
                decoderInner,
                sourcePositions,
                targetPositions,
                vocabulary,
                model));
  }

  private static long mlp(long model, long inner) {
    return plus(times(model, inner), inner, times(inner, model), model);
  }
}
