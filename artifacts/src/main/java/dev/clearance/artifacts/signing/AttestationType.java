package dev.clearance.artifacts.signing;

import java.nio.file.Path;

/**
 * Clearance's own in-toto predicate types that bind a document to a model: the subject is the
 * model's OMS root digest, the predicate names the document and its SHA-256 (see docs/signing.md).
 */
public enum AttestationType {
  /** The model card. */
  CARD("https://clearance.dev/card/v1", "card"),
  /** The {@code clearance check} report. */
  CHECK_REPORT("https://clearance.dev/check-report/v1", "report");

  private final String predicateType;
  private final String suffix;

  AttestationType(String predicateType, String suffix) {
    this.predicateType = predicateType;
    this.suffix = suffix;
  }

  /** The predicate type URI. */
  public String predicateType() {
    return predicateType;
  }

  /** A short word for messages and file names: {@code card} or {@code report}. */
  public String word() {
    return suffix;
  }

  /**
   * Where the attestation bundle lives next to the model bundle: {@code bundle.json} → {@code
   * bundle.card.json} / {@code bundle.report.json}.
   */
  public Path besides(Path modelBundle) {
    String name = modelBundle.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return modelBundle.resolveSibling(stem + "." + suffix + ".json");
  }
}
