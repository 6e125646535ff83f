package dev.clearance.tier;

import dev.clearance.dossier.ParameterCount;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The parameter counts known for a release: the best measured or estimated one (checkpoint headers,
 * index, config) and the sizes the card declares (a family card declares several).
 */
public record SizeFacts(Optional<ParameterCount> measured, List<ParameterCount> declared) {

  public SizeFacts {
    declared = List.copyOf(declared);
  }

  public static SizeFacts none() {
    return new SizeFacts(Optional.empty(), List.of());
  }

  /** The largest declared family member, if the card declares any size. */
  public Optional<ParameterCount> largestDeclared() {
    return declared.stream().max(Comparator.comparingLong(ParameterCount::total));
  }

  /**
   * The count that decides size triggers: the larger of the measured count and the largest declared
   * member (a family card is tiered by its largest member, POL-2).
   */
  public Optional<ParameterCount> deciding() {
    Optional<ParameterCount> declaredMax = largestDeclared();
    if (measured.isEmpty()) {
      return declaredMax;
    }
    if (declaredMax.isEmpty() || declaredMax.get().total() <= measured.get().total()) {
      return measured;
    }
    return declaredMax;
  }
}
