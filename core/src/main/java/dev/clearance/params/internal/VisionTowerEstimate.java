package dev.clearance.params.internal;

import static dev.clearance.params.internal.Arithmetic.plus;
import static dev.clearance.params.internal.Arithmetic.times;

/**
 * Counts the vision towers of Qwen2-VL and Qwen2.5-VL from their {@code vision_config}: a patch
 * embedding convolution without bias over {@code temporal_patch_size × patch_size²} pixels, ViT
 * blocks, and the patch merger that maps {@code spatial_merge_size²} patches to the language
 * model's hidden size. Qwen2-VL blocks use LayerNorm and a GELU MLP of {@code mlp_ratio ×
 * embed_dim}; Qwen2.5-VL blocks use RMSNorm and a gated MLP of {@code intermediate_size}.
 */
public final class VisionTowerEstimate {

  private VisionTowerEstimate() {}

  public static boolean supports(String outerModelType) {
    return outerModelType.equals("qwen2_vl") || outerModelType.equals("qwen2_5_vl");
  }

  /**
   * @param languageHidden the language model's hidden size, used when the vision config does not
   *     name the merger's output size
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   */
  public static Estimate estimate(String outerModelType, ConfigValues vision, long languageHidden)
      throws UnusableConfigException {
    boolean qwen25 = outerModelType.equals("qwen2_5_vl");
    long width = qwen25 ? vision.positive("hidden_size") : vision.positive("embed_dim");
    long depth = vision.count("depth");
    long channels = vision.countOr(3, "in_chans", "in_channels");
    long patch = vision.positive("patch_size", "spatial_patch_size");
    long temporal = vision.countOr(2, "temporal_patch_size");
    long merge = vision.countOr(2, "spatial_merge_size");
    long output =
        qwen25
            ? vision.countOr(languageHidden, "out_hidden_size")
            : vision.countOr(languageHidden, "hidden_size");
    long patchEmbedding = times(channels, temporal, patch, patch, width);
    long attention = plus(times(width, 3, width), times(3, width), times(width, width), width);
    long block;
    String mlpKind;
    if (qwen25) {
      long inner = vision.count("intermediate_size");
      long gatedMlp = plus(times(2, plus(times(width, inner), inner)), times(inner, width), width);
      block = plus(times(2, width), attention, gatedMlp);
      mlpKind = "gated MLP " + inner;
    } else {
      long inner = times(width, vision.count("mlp_ratio"));
      block =
          plus(times(4, width), attention, times(width, inner), inner, times(inner, width), width);
      mlpKind = "MLP " + inner;
    }
    long merged = times(width, merge, merge);
    long merger =
        plus(
            qwen25 ? width : times(2, width),
            times(merged, merged),
            merged,
            times(merged, output),
            output);
    long total = plus(patchEmbedding, times(depth, block), merger);
    return Estimate.dense(
        total,
        "vision tower: patch embedding %d×%d×%d×%d → %d, %d blocks (%s), merger to %d"
            .formatted(channels, temporal, patch, patch, width, depth, mlpKind, output));
  }
}
