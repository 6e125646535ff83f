package dev.clearance.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read for one release: the model card, checkpoint metadata and evaluation results.
 * Every value inside keeps the {@link dev.clearance.document.Source} it came from.
 *
 * @param subject the folder or file that was checked, as the user named it
 * @param card the model card (Hugging Face markdown, or a CycloneDX model card turned into the same
 *     shape)
 * @param config {@code config.json}
 * @param checkpointIndex {@code model.safetensors.index.json} (or the PyTorch equivalent)
 * @param evalResults scores from the card's {@code model-index} and from result files
 * @param exactParameters the count from checkpoint headers, when a {@link CheckpointInspector}
 *     found one
 * @param securityContactFiles files that name a security contact ({@code SECURITY.md}, {@code
 *     security.txt})
 * @param filesRead every file that was read, for "where Clearance looked"
 */
public record Dossier(
    String subject,
    Optional<ModelCard> card,
    Optional<JsonFile> config,
    Optional<JsonFile> checkpointIndex,
    List<EvalResult> evalResults,
    Optional<ParameterCount> exactParameters,
    List<String> securityContactFiles,
    List<String> filesRead) {

  public Dossier {
    Objects.requireNonNull(subject, "subject");
    evalResults = List.copyOf(evalResults);
    securityContactFiles = List.copyOf(securityContactFiles);
    filesRead = List.copyOf(filesRead);
  }

  /** A dossier of just a card, as when a single card file is checked. */
  public static Dossier ofCard(ModelCard card, List<EvalResult> evalResults) {
    return new Dossier(
        card.file(),
        Optional.of(card),
        Optional.empty(),
        Optional.empty(),
        evalResults,
        Optional.empty(),
        List.of(),
        List.of(card.file()));
  }
}
