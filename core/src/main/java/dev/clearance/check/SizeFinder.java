package dev.clearance.check;

import dev.clearance.document.InputException;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import dev.clearance.params.ConfigParameterEstimator;
import dev.clearance.params.DeclaredParameterFinder;
import dev.clearance.params.IndexParameterCounter;
import dev.clearance.tier.SizeFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the parameter counts of a dossier for the tier decision: the most trustworthy measured or
 * estimated count (checkpoint headers, index {@code total_parameters}, config estimate, index byte
 * size), and the sizes the card declares.
 */
final class SizeFinder {

  private final ConfigParameterEstimator configEstimator = new ConfigParameterEstimator();
  private final IndexParameterCounter indexCounter = new IndexParameterCounter();
  private final DeclaredParameterFinder declaredFinder = new DeclaredParameterFinder();

  SizeFacts find(Dossier dossier) {
    List<ParameterCount> candidates = new ArrayList<>();
    dossier.exactParameters().ifPresent(candidates::add);
    dossier
        .checkpointIndex()
        .flatMap(index -> countIndex(index, dossier))
        .ifPresent(candidates::add);
    dossier.config().flatMap(configEstimator::estimate).ifPresent(candidates::add);
    Optional<ParameterCount> measured =
        candidates.stream().min(Comparator.comparing(ParameterCount::basis));
    List<ParameterCount> declared = dossier.card().map(declaredFinder::find).orElse(List.of());
    return new SizeFacts(measured, declared);
  }

  /** An index whose metadata cannot be used gives no count; the other sources still decide. */
  private Optional<ParameterCount> countIndex(JsonFile index, Dossier dossier) {
    try {
      return indexCounter.count(index, dossier.config());
    } catch (InputException unusable) {
      return Optional.empty();
    }
  }
}
