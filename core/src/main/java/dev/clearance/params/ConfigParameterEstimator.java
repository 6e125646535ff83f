package dev.clearance.params;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.params.internal.ClassicGptEstimate;
import dev.clearance.params.internal.ConfigValues;
import dev.clearance.params.internal.DecoderEstimate;
import dev.clearance.params.internal.DeepseekEstimate;
import dev.clearance.params.internal.EncoderEstimate;
import dev.clearance.params.internal.Estimate;
import dev.clearance.params.internal.SequenceToSequenceEstimate;
import dev.clearance.params.internal.UnusableConfigException;
import dev.clearance.params.internal.VisionTowerEstimate;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates a model's total parameter count (all experts of a mixture of experts) from its Hugging
 * Face {@code config.json} for the architectures listed in docs/parameter-estimates.md (ART-1,
 * POL-2). The estimate counts the weights the architecture creates from the hyper-parameters, so it
 * ignores how the checkpoint is stored (a quantized checkpoint has the same count). Multimodal
 * configs with a nested {@code text_config} are estimated from their language model; the vision
 * tower is added where its config gives enough to count it, and the detail says which.
 *
 * <p>Never throws for odd input: an unknown architecture, a missing or non-numeric value, a
 * negative number or a count that overflows a long (detected with {@link Math#multiplyExact}) all
 * give {@link Optional#empty()}.
 */
public final class ConfigParameterEstimator {

  /** Language-model type inside multimodal configs whose {@code text_config} does not name one. */
  private static final Map<String, String> TEXT_MODEL_OF =
      Map.of(
          "qwen2_vl", "qwen2",
          "qwen2_5_vl", "qwen2",
          "llava", "llama",
          "llava_next", "llama",
          "mistral3", "mistral");

  /**
   * Estimates the count, with basis {@link ParameterCount.Basis#CONFIG_ESTIMATE}, the source of
   * {@code model_type}, and a detail naming the formula and every input it read.
   *
   * @return empty when the architecture is not supported or the config lacks a usable value
   */
  public Optional<ParameterCount> estimate(JsonFile config) {
    try {
      return Optional.ofNullable(estimateOrNull(config));
    } catch (UnusableConfigException | ArithmeticException unusable) {
      return Optional.empty();
    }
  }

  /** Whether configs of this {@code model_type} can be estimated at all. */
  public boolean supports(String modelType) {
    return languageModel(modelType) || TEXT_MODEL_OF.containsKey(modelType);
  }

  private static boolean languageModel(String modelType) {
    return DecoderEstimate.supports(modelType)
        || DeepseekEstimate.supports(modelType)
        || ClassicGptEstimate.supports(modelType)
        || EncoderEstimate.supports(modelType)
        || SequenceToSequenceEstimate.supports(modelType);
  }

  private ParameterCount estimateOrNull(JsonFile config) throws UnusableConfigException {
    ConfigValues values = new ConfigValues(config.root());
    Optional<String> modelType = values.text("model_type");
    if (modelType.isEmpty()) {
      if (DeepseekEstimate.isInferenceConfig(values)) {
        Estimate estimate = DeepseekEstimate.estimateInference(values);
        return count(estimate, Source.ofFile(config.file()), values);
      }
      return null;
    }
    String type = modelType.get();
    Source source = modelTypeSource(config.root());
    if (languageModel(type)) {
      return count(languageEstimate(type, values, Optional.empty()), source, values);
    }
    if (!TEXT_MODEL_OF.containsKey(type)) {
      return null;
    }
    return multimodal(type, values, source);
  }

  private ParameterCount multimodal(String type, ConfigValues values, Source source)
      throws UnusableConfigException {
    Optional<ConfigValues> nested = values.nested("text_config");
    ConfigValues text = nested.orElse(values); // older Qwen2-VL configs keep the text keys on top
    String textType = text == values ? TEXT_MODEL_OF.get(type) : nestedType(type, text);
    if (!languageModel(textType)) {
      return null;
    }
    Optional<Boolean> tie =
        nested.isPresent() && values.has("tie_word_embeddings")
            ? Optional.of(values.flag("tie_word_embeddings", false))
            : Optional.empty();
    Estimate language = languageEstimate(textType, text, tie);
    Estimate whole;
    Optional<ConfigValues> vision = values.nested("vision_config");
    if (VisionTowerEstimate.supports(type) && vision.isPresent()) {
      long hidden = text.positive("hidden_size");
      Estimate tower = VisionTowerEstimate.estimate(type, vision.get(), hidden);
      whole =
          language.plus(
              tower.total(), tower.formula() + " (" + type + ": language model + vision tower)");
    } else {
      whole =
          new Estimate(
              language.total(),
              language.active(),
              language.formula()
                  + "; "
                  + type
                  + ": language model only, the vision tower is not counted, so this is a lower"
                  + " bound");
    }
    Source textSource =
        nested.flatMap(child -> child.mapping().get("model_type")).map(Node::source).orElse(source);
    return count(whole, textSource, values);
  }

  private static String nestedType(String outerType, ConfigValues text) {
    String named = text.text("model_type").orElse(TEXT_MODEL_OF.get(outerType));
    return switch (named) {
      case "qwen2_vl_text", "qwen2_5_vl_text" -> "qwen2";
      default -> named;
    };
  }

  private static Estimate languageEstimate(
      String type, ConfigValues values, Optional<Boolean> tieOverride)
      throws UnusableConfigException {
    if (DecoderEstimate.supports(type)) {
      return DecoderEstimate.estimate(type, values, tieOverride);
    }
    if (DeepseekEstimate.supports(type)) {
      return DeepseekEstimate.estimateHuggingFace(values);
    }
    if (ClassicGptEstimate.supports(type)) {
      return ClassicGptEstimate.estimate(type, values);
    }
    if (EncoderEstimate.supports(type)) {
      return EncoderEstimate.estimate(type, values);
    }
    return SequenceToSequenceEstimate.estimate(type, values);
  }

  private static Source modelTypeSource(Node.Mapping root) {
    return root.get("model_type").map(Node::source).orElse(root.source());
  }

  private static ParameterCount count(Estimate estimate, Source source, ConfigValues values) {
    String detail = estimate.formula() + ". Inputs: " + values.inputs();
    return new ParameterCount(
        estimate.total(), estimate.active(), ParameterCount.Basis.CONFIG_ESTIMATE, source, detail);
  }
}
