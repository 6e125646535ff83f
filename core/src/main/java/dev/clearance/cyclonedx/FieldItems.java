package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text items of each {@link CardField} of a CycloneDX component, each with the source of the
 * JSON value it was written from, and the source of the field itself.
 */
final class FieldItems {

  /** One item's section text and where it came from. */
  record Item(String text, Source source) {}

  private final Map<CardField, List<Item>> items = new EnumMap<>(CardField.class);
  private final Map<CardField, Source> sources = new EnumMap<>(CardField.class);

  static FieldItems of(Node.Mapping component, HuggingFaceProperties properties) {
    FieldItems found = new FieldItems();
    Node.Mapping modelCard = component.mapping("modelCard").orElseThrow();
    Optional<Node.Mapping> parameters = modelCard.mapping("modelParameters");
    Optional<Node.Mapping> considerations = modelCard.mapping("considerations");
    found.single(CardField.DESCRIPTION, component.get("description"));
    found.single(CardField.ARCHITECTURE, parameters.flatMap(mp -> mp.get("modelArchitecture")));
    found.single(
        CardField.ARCHITECTURE_FAMILY, parameters.flatMap(mp -> mp.get("architectureFamily")));
    found.single(
        CardField.APPROACH,
        parameters.flatMap(mp -> mp.mapping("approach")).flatMap(approach -> approach.get("type")));
    found.list(
        CardField.INPUTS, parameters.flatMap(mp -> mp.sequence("inputs")), FieldItems::format);
    found.list(
        CardField.OUTPUTS, parameters.flatMap(mp -> mp.sequence("outputs")), FieldItems::format);
    found.list(
        CardField.DATASETS,
        parameters.flatMap(mp -> mp.sequence("datasets")),
        node ->
            mapping(node)
                .map(DatasetEntry::of)
                .filter(DatasetEntry::hasDetails)
                .map(DatasetEntry::render));
    found.list(CardField.USERS, considerations.flatMap(c -> c.sequence("users")), FieldItems::text);
    found.list(
        CardField.USE_CASES, considerations.flatMap(c -> c.sequence("useCases")), FieldItems::text);
    found.list(
        CardField.LIMITATIONS,
        considerations.flatMap(c -> c.sequence("technicalLimitations")),
        FieldItems::text);
    found.list(
        CardField.TRADEOFFS,
        considerations.flatMap(c -> c.sequence("performanceTradeoffs")),
        FieldItems::text);
    found.list(
        CardField.RISKS,
        considerations.flatMap(c -> c.sequence("ethicalConsiderations")),
        node -> mapping(node).map(RiskEntry::of).map(RiskEntry::render));
    found.list(
        CardField.FAIRNESS,
        considerations.flatMap(c -> c.sequence("fairnessAssessments")),
        node -> mapping(node).map(FairnessEntry::of).map(FairnessEntry::render));
    found.list(
        CardField.ENERGY,
        considerations
            .flatMap(c -> c.mapping("environmentalConsiderations"))
            .flatMap(environment -> environment.sequence("energyConsumptions")),
        node -> mapping(node).map(EnergyEntry::of).map(EnergyEntry::render));
    found.list(
        CardField.METRICS,
        modelCard
            .mapping("quantitativeAnalysis")
            .flatMap(analysis -> analysis.sequence("performanceMetrics")),
        node -> mapping(node).map(MetricEntry::of).map(MetricEntry::render));
    List<Item> others = new ArrayList<>();
    for (Node.Mapping property : properties.others()) {
      String name = property.text("name").orElse("");
      String value = property.text("value").orElse(null);
      others.add(new Item(new PropertyEntry(name, value).render(), property.source()));
    }
    found.put(CardField.PROPERTIES, others, others.isEmpty() ? null : others.get(0).source());
    List<Item> sections = new ArrayList<>();
    for (Node.Scalar section : properties.sections()) {
      sections.add(new Item(section.text(), section.source()));
    }
    found.put(CardField.SECTION, sections, null);
    return found;
  }

  List<Item> items(CardField field) {
    return items.getOrDefault(field, List.of());
  }

  /** The field's own source (the list or the value), when the component has the field. */
  Optional<Source> source(CardField field) {
    return Optional.ofNullable(sources.get(field));
  }

  private void single(CardField field, Optional<Node> value) {
    Optional<String> text = value.flatMap(FieldItems::text).filter(found -> !found.isBlank());
    if (text.isPresent()) {
      Source source = value.get().source();
      put(field, List.of(new Item(text.get(), source)), source);
    }
  }

  private void list(
      CardField field, Optional<Node.Sequence> list, Function<Node, Optional<String>> render) {
    if (list.isEmpty()) {
      return;
    }
    List<Item> found = new ArrayList<>();
    for (Node node : list.get().items()) {
      render
          .apply(node)
          .filter(text -> !text.isBlank())
          .ifPresent(text -> found.add(new Item(text, node.source())));
    }
    put(field, found, list.get().source());
  }

  private void put(CardField field, List<Item> found, Source source) {
    if (!found.isEmpty()) {
      items.put(field, List.copyOf(found));
      if (source != null) {
        sources.put(field, source);
      }
    }
  }

  private static Optional<String> text(Node node) {
    return node instanceof Node.Scalar scalar && !scalar.isNull()
        ? Optional.of(scalar.text())
        : Optional.empty();
  }

  private static Optional<String> format(Node node) {
    return mapping(node).flatMap(parameter -> parameter.text("format"));
  }

  private static Optional<Node.Mapping> mapping(Node node) {
    return node instanceof Node.Mapping mapping ? Optional.of(mapping) : Optional.empty();
  }
}
