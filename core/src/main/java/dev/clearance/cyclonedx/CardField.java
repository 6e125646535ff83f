package dev.clearance.cyclonedx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A place in a CycloneDX 1.6 component that holds the text of a Hugging Face model card section,
 * with the heading Clearance writes for it and the headings it accepts for it. The mapping is
 * documented in docs/card-formats.md.
 */
enum CardField {
  /** A level-1 heading that only names the model ({@code component.name}). */
  TITLE("title", "", false, Set.of()),
  DESCRIPTION(
      "description",
      "Model Description",
      false,
      Set.of("model description", "model summary", "description", "summary")),
  ARCHITECTURE(
      "modelArchitecture",
      "Model Architecture",
      false,
      Set.of(
          "model architecture",
          "architecture",
          "model architecture and objective",
          "model architecture and training objective")),
  ARCHITECTURE_FAMILY(
      "architectureFamily", "Architecture Family", false, Set.of("architecture family")),
  APPROACH("approach", "Learning Approach", false, Set.of("learning approach")),
  INPUTS("inputs", "Input Formats", true, Set.of("input formats")),
  OUTPUTS("outputs", "Output Formats", true, Set.of("output formats")),
  DATASETS(
      "datasets",
      "Training Data",
      true,
      Set.of(
          "training data",
          "training dataset",
          "training datasets",
          "training and evaluation data",
          "datasets",
          "training data sources",
          "data sources")),
  USERS("users", "Intended Users", true, Set.of("intended users", "primary intended users")),
  USE_CASES(
      "useCases",
      "Intended Use",
      true,
      Set.of(
          "intended use",
          "intended uses",
          "uses",
          "direct use",
          "downstream use",
          "intended use cases",
          "primary intended uses",
          "use cases",
          "intended uses and limitations")),
  LIMITATIONS(
      "technicalLimitations",
      "Limitations",
      true,
      Set.of(
          "limitations",
          "technical limitations",
          "known limitations",
          "limitations and bias",
          "limitations and biases")),
  TRADEOFFS(
      "performanceTradeoffs",
      "Performance Tradeoffs",
      true,
      Set.of("performance tradeoffs", "tradeoffs", "trade offs", "performance trade offs")),
  FAIRNESS(
      "fairnessAssessments",
      "Bias, Risks, and Limitations",
      true,
      Set.of("bias risks and limitations", "fairness assessments", "fairness")),
  RISKS(
      "ethicalConsiderations",
      "Ethical Considerations",
      true,
      Set.of(
          "ethical considerations",
          "ethical considerations and limitations",
          "risks",
          "risks and mitigations",
          "risks and limitations",
          "bias risks and limitations")),
  ENERGY(
      "energyConsumptions",
      "Environmental Impact",
      true,
      Set.of("environmental impact", "carbon emissions", "energy consumption", "carbon footprint")),
  METRICS(
      "performanceMetrics",
      "Evaluation",
      true,
      Set.of("evaluation", "evaluation results", "results", "performance metrics")),
  PROPERTIES("properties", "Model Card Properties", true, Set.of("model card properties")),
  /** A section kept verbatim as a {@code huggingface:section} property. */
  SECTION("section", "", true, Set.of());

  private final String id;
  private final String heading;
  private final boolean multiple;
  private final Set<String> headings;

  CardField(String id, String heading, boolean multiple, Set<String> headings) {
    this.id = id;
    this.heading = heading;
    this.multiple = multiple;
    this.headings = headings;
  }

  /** The stable name used in the {@code huggingface:layout} property (the CycloneDX field). */
  String id() {
    return id;
  }

  /** The heading Clearance writes for this field. */
  String heading() {
    return heading;
  }

  /** Whether the field holds a list (several sections can add to it). */
  boolean multiple() {
    return multiple;
  }

  /** Whether an item is labelled lines (a dataset, risk, assessment, consumption or metric). */
  boolean structured() {
    return this == DATASETS
        || this == RISKS
        || this == FAIRNESS
        || this == ENERGY
        || this == METRICS;
  }

  static Optional<CardField> byId(String id) {
    for (CardField field : values()) {
      if (field.id.equals(id)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** The fields a heading may map to, most specific first (empty when it maps to none). */
  static List<CardField> forHeading(String heading) {
    String normalized = normalize(heading);
    List<CardField> fields = new ArrayList<>();
    for (CardField field : values()) {
      if (field.headings.contains(normalized)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** Lower case, {@code &} as "and", punctuation as spaces, single spaces. */
  static String normalize(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
