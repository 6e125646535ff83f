package dev.clearance.server.catalog;

import dev.clearance.document.Node;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ModelCard;
import dev.clearance.store.release.ReleaseFacets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a release's catalog facets from its dossier as the checker read it.
 *
 * <ul>
 *   <li><b>License</b>: front matter {@code license} (the first, if a list), or {@code
 *       license_name} when the license is {@code other} (the Hub's convention for licenses such as
 *       {@code llama3}); lower case, spaces as {@code -}; none for {@code other}, {@code unknown}
 *       or a value that is not an id.
 *   <li><b>Modalities</b> of inputs and outputs: from {@code pipeline_tag} ({@link Modalities});
 *       without one, from {@code config.json}: {@code vision_config} adds image and text, {@code
 *       audio_config} or {@code speech_config} audio and text, a text architecture ({@code
 *       …ForCausalLM} and the like) text.
 * </ul>
 */
public final class DossierFacets {

  /** Facets without the ids of release and report, which the caller knows. */
  public record Facets(String license, String pipelineTag, List<String> modalities) {

    public Facets {
      modalities = List.copyOf(modalities);
    }

    /** These facets of {@code releaseId}, read with report {@code checkReportId}. */
    public ReleaseFacets of(String releaseId, String checkReportId) {
      return new ReleaseFacets(releaseId, checkReportId, license, pipelineTag, modalities);
    }
  }

  private static final Set<String> UNNAMED = Set.of("other", "unknown", "none", "");
  private static final List<String> TEXT_ARCHITECTURES =
      List.of(
          "ForCausalLM",
          "ForMaskedLM",
          "ForSequenceClassification",
          "ForTokenClassification",
          "ForQuestionAnswering",
          "ForSeq2SeqLM",
          "ForConditionalGeneration");

  private DossierFacets() {}

  /** The facets of {@code dossier}. */
  public static Facets of(Dossier dossier) {
    Optional<Node.Mapping> metadata = dossier.card().map(ModelCard::metadata);
    String pipelineTag =
        metadata
            .flatMap(front -> first(front, "pipeline_tag"))
            .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
            .filter(tag -> ReleaseFacets.TOKEN.matcher(tag).matches())
            .orElse(null);
    Set<String> modalities =
        pipelineTag == null ? new TreeSet<>() : Modalities.ofPipelineTag(pipelineTag);
    if (pipelineTag == null) {
      dossier.config().map(JsonFile::root).ifPresent(config -> fromConfig(config, modalities));
    }
    return new Facets(
        metadata.flatMap(DossierFacets::license).orElse(null),
        pipelineTag,
        List.copyOf(modalities));
  }

  private static Optional<String> license(Node.Mapping front) {
    Optional<String> license = first(front, "license").map(DossierFacets::normalized);
    if (license.isPresent() && license.get().equals("other")) {
      Optional<String> named = first(front, "license_name").map(DossierFacets::normalized);
      if (named.isPresent()) {
        license = named;
      }
    }
    return license
        .filter(id -> !UNNAMED.contains(id))
        .filter(id -> ReleaseFacets.TOKEN.matcher(id).matches());
  }

  private static void fromConfig(Node.Mapping config, Set<String> modalities) {
    if (config.get("vision_config").isPresent()) {
      modalities.add(Modalities.IMAGE);
      modalities.add(Modalities.TEXT);
    }
    if (config.get("audio_config").isPresent() || config.get("speech_config").isPresent()) {
      modalities.add(Modalities.AUDIO);
      modalities.add(Modalities.TEXT);
    }
    boolean textArchitecture =
        config.get("architectures").stream()
            .flatMap(node -> node.scalars().stream())
            .filter(scalar -> !scalar.isNull())
            .anyMatch(scalar -> TEXT_ARCHITECTURES.stream().anyMatch(scalar.text()::endsWith));
    if (textArchitecture) {
      modalities.add(Modalities.TEXT);
    }
  }

  /** The text at {@code key}, or the first text of a list there. */
  private static Optional<String> first(Node.Mapping mapping, String key) {
    return mapping.get(key).stream()
        .flatMap(node -> node.scalars().stream())
        .filter(scalar -> !scalar.isNull())
        .map(Node.Scalar::text)
        .findFirst();
  }

  private static String normalized(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }
}
