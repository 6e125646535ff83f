package dev.clearance.params;

import dev.clearance.document.InputException;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the parameter count a tier decision uses (POL-2: exact where checkpoint headers allow) and
 * finds where a card's declared size contradicts it. The order is {@link ParameterCount.Basis}'s:
 * checkpoint headers, the index's {@code total_parameters}, the config estimate, the index size
 * estimate, and last what the card declares.
 */
public final class ParameterCountSelector {

  private final ConfigParameterEstimator estimator;
  private final IndexParameterCounter counter;

  public ParameterCountSelector() {
    this(new ConfigParameterEstimator(), new IndexParameterCounter());
  }

  public ParameterCountSelector(ConfigParameterEstimator estimator, IndexParameterCounter counter) {
    this.estimator = Objects.requireNonNull(estimator, "estimator");
    this.counter = Objects.requireNonNull(counter, "counter");
  }

  /**
   * Every count the inputs give, most trustworthy basis first.
   *
   * @param exact the count from checkpoint headers, when a {@code CheckpointInspector} found one
   * @param index the sharded-checkpoint index, if the folder has one
   * @param config the config.json, if the folder has one
   * @throws InputException when the index's metadata is broken (see {@link IndexParameterCounter})
   */
  public List<ParameterCount> candidates(
      Optional<ParameterCount> exact, Optional<JsonFile> index, Optional<JsonFile> config)
      throws InputException {
    List<ParameterCount> candidates = new ArrayList<>();
    exact.ifPresent(candidates::add);
    if (index.isPresent()) {
      counter.count(index.get(), config).ifPresent(candidates::add);
    }
    config.flatMap(estimator::estimate).ifPresent(candidates::add);
    candidates.sort(Comparator.comparing(ParameterCount::basis));
    return List.copyOf(candidates);
  }

  /**
   * The most trustworthy count the checkpoint side gives, or empty when there is none.
   *
   * @throws InputException when the index's metadata is broken
   */
  public Optional<ParameterCount> best(
      Optional<ParameterCount> exact, Optional<JsonFile> index, Optional<JsonFile> config)
      throws InputException {
    return candidates(exact, index, config).stream().findFirst();
  }

  /**
   * Like {@link #best(Optional, Optional, Optional)}, falling back to the largest size the card
   * declares (a family card is tiered by its largest member).
   *
   * @throws InputException when the index's metadata is broken
   */
  public Optional<ParameterCount> best(
      Optional<ParameterCount> exact,
      Optional<JsonFile> index,
      Optional<JsonFile> config,
      List<ParameterCount> declared)
      throws InputException {
    Optional<ParameterCount> measured = best(exact, index, config);
    if (measured.isPresent()) {
      return measured;
    }
    return declared.stream().max(Comparator.comparingLong(ParameterCount::total));
  }

  /**
   * Declared sizes that {@code measured} contradicts by more than {@code tolerance} (a fraction,
   * the policy passes 0.10). Sizes a card states about its one model must each agree. Members of a
   * family (a list of sizes, a size table) need not: the checkpoint is one of them, so they are
   * reported only when no declared size at all agrees, and then only the nearest one. Expert
   * notation ("8x22B") agrees with anything between one expert and the product.
   *
   * @return the contradictions, nearest first; empty when the sizes agree or nothing is declared
   */
  public List<ParameterDisagreement> disagreements(
      List<DeclaredSize> declared, ParameterCount measured, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be a fraction >= 0, was " + tolerance);
    }
    long value = measured.total();
    boolean anyAgrees =
        declared.stream().anyMatch(size -> size.relativeDifference(value) <= tolerance);
    List<ParameterDisagreement> found = new ArrayList<>();
    Optional<ParameterDisagreement> nearestFamilyMember = Optional.empty();
    for (DeclaredSize size : declared) {
      double difference = size.relativeDifference(value);
      if (difference <= tolerance) {
        continue;
      }
      ParameterDisagreement disagreement =
          new ParameterDisagreement(size, measured, difference, tolerance);
      if (!size.familyMember()) {
        found.add(disagreement);
      } else if (nearestFamilyMember.isEmpty()
          || difference < nearestFamilyMember.get().relativeDifference()) {
        nearestFamilyMember = Optional.of(disagreement);
      }
    }
    if (!anyAgrees) {
      nearestFamilyMember.ifPresent(found::add);
    }
    found.sort(Comparator.comparingDouble(ParameterDisagreement::relativeDifference));
    return List.copyOf(found);
  }

  /** {@link #disagreements(List, ParameterCount, double)} for each measured count, in order. */
  public List<ParameterDisagreement> disagreements(
      List<DeclaredSize> declared, List<ParameterCount> measured, double tolerance) {
    List<ParameterDisagreement> found = new ArrayList<>();
    for (ParameterCount count : measured) {
      found.addAll(disagreements(declared, count, tolerance));
    }
    return found;
  }
}
