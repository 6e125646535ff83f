package dev.clearance.server.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modalities of a model's inputs and outputs (text, image, audio, video, 3D: the five of
 * POL-2's multimodal rule), from the Hugging Face pipeline tag it declares, or from its {@code
 * config.json} when it declares none.
 */
final class Modalities {

  static final String TEXT = "text";
  static final String IMAGE = "image";
  static final String AUDIO = "audio";
  static final String VIDEO = "video";
  static final String THREE_D = "3d";

  /** Every modality, in the order filters offer them. */
  static final List<String> ALL = List.of(TEXT, IMAGE, AUDIO, VIDEO, THREE_D);

  private static final Map<String, List<String>> BY_PIPELINE_TAG = new HashMap<>();

  static {
    put(List.of(TEXT), "text-generation", "text2text-generation", "fill-mask", "translation");
    put(List.of(TEXT), "text-classification", "token-classification", "summarization");
    put(List.of(TEXT), "question-answering", "sentence-similarity", "zero-shot-classification");
    put(List.of(TEXT), "table-question-answering", "feature-extraction", "text-ranking");
    put(List.of(IMAGE, TEXT), "image-text-to-text", "image-to-text", "image-captioning");
    put(List.of(IMAGE, TEXT), "visual-question-answering", "document-question-answering");
    put(List.of(IMAGE, TEXT), "zero-shot-image-classification", "text-to-image");
    put(List.of(IMAGE, TEXT), "zero-shot-object-detection", "image-to-image-text");
    put(List.of(IMAGE), "image-classification", "object-detection", "image-segmentation");
    put(List.of(IMAGE), "image-to-image", "depth-estimation", "mask-generation");
    put(List.of(IMAGE), "unconditional-image-generation", "image-feature-extraction");
    put(List.of(AUDIO, TEXT), "automatic-speech-recognition", "text-to-speech", "speech-to-text");
    put(List.of(AUDIO, TEXT), "text-to-audio", "audio-text-to-text", "audio-to-text");
    put(List.of(AUDIO), "audio-classification", "audio-to-audio", "voice-activity-detection");
    put(List.of(VIDEO), "video-classification");
    put(List.of(VIDEO, TEXT), "text-to-video", "video-text-to-text", "video-classification-text");
    put(List.of(IMAGE, VIDEO), "image-to-video");
    put(List.of(THREE_D, TEXT), "text-to-3d");
    put(List.of(THREE_D, IMAGE), "image-to-3d");
    put(List.of(TEXT, IMAGE, AUDIO, VIDEO), "any-to-any");
  }

  private Modalities() {}

  /** The modalities of {@code pipelineTag}; empty for an unknown tag. */
  static Set<String> ofPipelineTag(String pipelineTag) {
    return new TreeSet<>(BY_PIPELINE_TAG.getOrDefault(pipelineTag, List.of()));
  }

  private static void put(List<String> modalities, String... tags) {
    for (String tag : tags) {
      BY_PIPELINE_TAG.put(tag, modalities);
    }
  }
}
