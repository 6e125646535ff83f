package dev.clearance.params;

import dev.clearance.dossier.ParameterCount;
import java.util.Locale;
import java.util.Objects;

/**
 * A size the card declares that a measured or estimated count contradicts (DOC-7 style evidence for
 * a consistency finding): both values with their sources.
 *
 * @param declared what the card states, with its line
 * @param measured the count it was compared with (checkpoint headers, index or config estimate)
 * @param relativeDifference how far the measured count lies from the declared size (or range), as a
 *     fraction of the measured count
 * @param tolerance the fraction the policy allows
 */
public record ParameterDisagreement(
    DeclaredSize declared, ParameterCount measured, double relativeDifference, double tolerance) {

  public ParameterDisagreement {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(measured, "measured");
    if (!(relativeDifference >= 0) || !(tolerance >= 0)) {
      throw new IllegalArgumentException("differences and tolerances are fractions >= 0");
    }
  }

  /**
   * One line for people: "card declares 8.00B (card.md:16) but the config estimate gives 1.33B
   * (config.json:12#/model_type); 501% apart, 10% allowed".
   */
  public String describe() {
    String declaredText =
        declared.form() == DeclaredSize.Form.EXPERT_NOTATION
            ? ParameterCount.human(declared.lowest()) + "–" + declared.count().humanTotal()
            : declared.count().humanTotal();
    return String.format(
        Locale.ROOT,
        "card declares %s (%s) but the %s gives %s (%s); %.0f%% apart, %.0f%% allowed",
        declaredText,
        declared.count().source(),
        basisName(measured.basis()),
        measured.humanTotal(),
        measured.source(),
        relativeDifference * 100,
        tolerance * 100);
  }

  private static String basisName(ParameterCount.Basis basis) {
    return switch (basis) {
      case EXACT_HEADERS -> "checkpoint header count";
      case INDEX_TOTAL_PARAMETERS -> "checkpoint index total_parameters";
      case CONFIG_ESTIMATE -> "config estimate";
      case INDEX_SIZE_ESTIMATE -> "checkpoint index size estimate";
      case CARD_DECLARED -> "card";
    };
  }
}
