package dev.clearance.artifacts.checkpoint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups GGUF files into variants of one model: llama.cpp's {@code gguf-split} names the parts of
 * one file {@code <name>-00001-of-00003.gguf}; any other GGUF file is a complete variant (a folder
 * often holds several quantizations of the same model).
 */
final class GgufVariants {

  private static final Pattern SPLIT = Pattern.compile("-\\d{5}-of-\\d{5}(?=\\.gguf$)");

  private GgufVariants() {}

  /** The variant a GGUF file belongs to: its name without the split suffix. */
  static String variantOf(String fileName) {
    return SPLIT.matcher(fileName).replaceFirst("");
  }

  static long parameters(List<CheckpointFile> parts) {
    long sum = 0;
    for (CheckpointFile part : parts) {
      sum = Math.addExact(sum, part.parameters());
    }
    return sum;
  }
}
