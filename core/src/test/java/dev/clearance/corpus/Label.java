package dev.clearance.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of shared/corpus/labels.tsv: the expected tier and requirement coverage of a card.
 *
 * @param expectedTier T1..T4
 * @param unsure whether the labeler marked the tier as a borderline judgment (left out of
 *     agreement)
 * @param coverage requirement column to yes / no / partial
 */
record Label(String card, String expectedTier, boolean unsure, Map<String, String> coverage) {

  static final String[] REQUIREMENT_COLUMNS = {
    "training_data_sources",
    "synthetic_data_pct",
    "data_filtering",
    "safety_evals_toxicity",
    "safety_evals_bias",
    "safety_evals_factuality",
    "license_permitted_prohibited_uses",
    "vuln_contact",
    "compute",
    "energy",
    "carbon",
    "limitations",
    "intended_use"
  };

  /** Parses a labels.tsv row given its header. */
  static Label parse(String[] header, String[] row) {
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < header.length && i < row.length; i++) {
      byColumn.put(header[i], row[i]);
    }
    Map<String, String> coverage = new LinkedHashMap<>();
    for (String column : REQUIREMENT_COLUMNS) {
      coverage.put(column, byColumn.get(column));
    }
    String card = byColumn.get("file").replace("model_cards/", "");
    return new Label(
        card,
        byColumn.get("expected_tier_under_default_rules"),
        byColumn.getOrDefault("tier_reason", "").replace("\"", "").startsWith("UNSURE"),
        coverage);
  }
}
