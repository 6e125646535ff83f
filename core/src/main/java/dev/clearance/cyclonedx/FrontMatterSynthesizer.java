package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds Hugging Face front matter from a CycloneDX machine-learning-model component. Every value
 * keeps the source of the CycloneDX field it came from. The mapping is in docs/card-formats.md.
 */
final class FrontMatterSynthesizer {

  private static final Pattern HUB_LICENSE_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");
  private static final Pattern NAMED_SLICE = Pattern.compile("(.+) \\(([^()]+)\\)");

  private final Node.Mapping bom;
  private final Node.Mapping component;
  private final Node.Mapping modelCard;
  private final Map<String, Node> entries = new LinkedHashMap<>();

  private FrontMatterSynthesizer(Node.Mapping bom, Node.Mapping component) {
    this.bom = bom;
    this.component = component;
    this.modelCard = component.mapping("modelCard").orElseThrow();
  }

  static Node.Mapping synthesize(
      Node.Mapping bom, Node.Mapping component, HuggingFaceProperties properties) {
    FrontMatterSynthesizer synthesizer = new FrontMatterSynthesizer(bom, component);
    synthesizer.license();
    synthesizer.tags();
    synthesizer.datasets();
    synthesizer.baseModel();
    synthesizer.pipelineTag();
    synthesizer.co2();
    synthesizer.modelIndex();
    Map<String, Node> entries = synthesizer.entries;
    entries.putAll(properties.keys());
    Optional<Layout> layout = properties.layout();
    if (layout.isPresent()) {
      Map<String, Node> ordered = new LinkedHashMap<>();
      for (String key : layout.get().keys()) {
        if (entries.containsKey(key)) {
          ordered.put(key, entries.get(key));
        }
      }
      entries = ordered;
    }
    return new Node.Mapping(entries, synthesizer.modelCard.source());
  }

  /** The component's name as a Hugging Face repository id: {@code group/name}. */
  static Optional<String> fullName(Node.Mapping component) {
    Optional<String> name = component.text("name");
    Optional<String> group = component.text("group");
    return group.isPresent() && name.isPresent()
        ? Optional.of(group.get() + "/" + name.get())
        : name;
  }

  private void license() {
    Optional<Node.Mapping> first =
        component
            .sequence("licenses")
            .flatMap(
                list ->
                    list.items().stream()
                        .filter(Node.Mapping.class::isInstance)
                        .map(Node.Mapping.class::cast)
                        .findFirst());
    if (first.isEmpty()) {
      return;
    }
    Optional<Node.Scalar> expression = scalar(first.get(), "expression");
    if (expression.isPresent()) {
      other(expression.get(), Optional.empty());
      return;
    }
    Optional<Node.Mapping> license = first.get().mapping("license");
    Optional<Node.Scalar> id = license.flatMap(entry -> scalar(entry, "id"));
    Optional<Node.Scalar> name = license.flatMap(entry -> scalar(entry, "name"));
    if (id.isPresent()) {
      entries.put(
          "license",
          TreeValues.string(id.get().text().toLowerCase(Locale.ROOT), id.get().source()));
    } else if (name.isPresent() && HUB_LICENSE_ID.matcher(name.get().text()).matches()) {
      entries.put("license", name.get());
    } else if (name.isPresent()) {
      other(name.get(), license.flatMap(entry -> scalar(entry, "url")));
    }
  }

  private void other(Node.Scalar name, Optional<Node.Scalar> url) {
    entries.put("license", TreeValues.string("other", name.source()));
    entries.put("license_name", name);
    url.ifPresent(link -> entries.put("license_link", link));
  }

  private void tags() {
    component.sequence("tags").ifPresent(list -> entries.put("tags", strings(list)));
  }

  private void datasets() {
    Optional<Node.Sequence> list = modelParameters().flatMap(mp -> mp.sequence("datasets"));
    if (list.isEmpty()) {
      return;
    }
    List<Node> names = new ArrayList<>();
    for (Node item : list.get().items()) {
      if (item instanceof Node.Mapping dataset) {
        scalar(dataset, "name").ifPresent(names::add);
        scalar(dataset, "ref").ifPresent(ref -> names.add(resolve(ref)));
      }
    }
    if (!names.isEmpty()) {
      entries.put("datasets", new Node.Sequence(names, list.get().source()));
    }
  }

  /** A {@code ref} to a data component, as that component's name when the BOM has it. */
  private Node.Scalar resolve(Node.Scalar ref) {
    return bom.sequence("components").stream()
        .flatMap(list -> list.items().stream())
        .filter(Node.Mapping.class::isInstance)
        .map(Node.Mapping.class::cast)
        .filter(candidate -> candidate.text("bom-ref").filter(ref.text()::equals).isPresent())
        .findFirst()
        .flatMap(FrontMatterSynthesizer::fullName)
        .map(name -> TreeValues.string(name, ref.source()))
        .orElse(ref);
  }

  private void baseModel() {
    Optional<Node.Sequence> ancestors =
        component.mapping("pedigree").flatMap(pedigree -> pedigree.sequence("ancestors"));
    if (ancestors.isEmpty()) {
      return;
    }
    List<Node> names = new ArrayList<>();
    for (Node item : ancestors.get().items()) {
      if (item instanceof Node.Mapping ancestor) {
        fullName(ancestor).ifPresent(name -> names.add(TreeValues.string(name, ancestor.source())));
      }
    }
    if (names.size() == 1) {
      entries.put("base_model", names.get(0));
    } else if (names.size() > 1) {
      entries.put("base_model", new Node.Sequence(names, ancestors.get().source()));
    }
  }

  private void pipelineTag() {
    modelParameters()
        .flatMap(mp -> scalar(mp, "task"))
        .ifPresent(task -> entries.put("pipeline_tag", task));
  }

  private void co2() {
    Optional<Node.Sequence> consumptions =
        modelCard
            .mapping("considerations")
            .flatMap(considerations -> considerations.mapping("environmentalConsiderations"))
            .flatMap(environment -> environment.sequence("energyConsumptions"));
    if (consumptions.isEmpty()) {
      return;
    }
    BigDecimal tonnes = BigDecimal.ZERO;
    List<EnergyEntry> counted = new ArrayList<>();
    for (Node item : consumptions.get().items()) {
      if (item instanceof Node.Mapping consumption) {
        EnergyEntry entry = EnergyEntry.of(consumption);
        if (entry.co2Tonnes() != null) {
          tonnes = tonnes.add(entry.co2Tonnes());
          counted.add(entry);
        }
      }
    }
    if (counted.isEmpty()) {
      return;
    }
    Source source = consumptions.get().source();
    Map<String, Node> co2 = new LinkedHashMap<>();
    co2.put("emissions", TreeValues.number(EnergyEntry.plain(tonnes.movePointRight(6)), source));
    List<String> activities = counted.stream().map(EnergyEntry::activity).distinct().toList();
    if (activities.equals(List.of("training"))) {
      co2.put("training_type", TreeValues.string("pre-training", source));
    } else if (activities.equals(List.of("fine-tuning"))) {
      co2.put("training_type", TreeValues.string("fine-tuning", source));
    }
    List<String> places =
        counted.stream()
            .flatMap(entry -> entry.providers().stream())
            .map(FrontMatterSynthesizer::place)
            .filter(place -> !place.isEmpty())
            .distinct()
            .toList();
    if (places.size() == 1) {
      co2.put("geographical_location", TreeValues.string(places.get(0), source));
    }
    entries.put("co2_eq_emissions", new Node.Mapping(co2, source));
  }

  private static String place(EnergyEntry.Provider provider) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {provider.locality(), provider.region(), provider.country()}) {
      if (part != null && !part.isBlank()) {
        parts.add(part);
      }
    }
    return String.join(", ", parts);
  }

  private void modelIndex() {
    Optional<Node.Sequence> metrics =
        modelCard
            .mapping("quantitativeAnalysis")
            .flatMap(analysis -> analysis.sequence("performanceMetrics"));
    if (metrics.isEmpty()) {
      return;
    }
    List<String> slices = new ArrayList<>();
    List<List<Node>> groups = new ArrayList<>();
    List<Source> groupSources = new ArrayList<>();
    for (Node item : metrics.get().items()) {
      if (!(item instanceof Node.Mapping metric) || scalar(metric, "value").isEmpty()) {
        continue;
      }
      String slice = metric.text("slice").orElse("");
      if (groups.isEmpty() || !slice.equals(slices.get(slices.size() - 1))) {
        slices.add(slice);
        groups.add(new ArrayList<>());
        groupSources.add(metric.source());
      }
      Map<String, Node> entry = new LinkedHashMap<>();
      scalar(metric, "type").ifPresent(type -> entry.put("type", type));
      Node.Scalar value = scalar(metric, "value").get();
      entry.put("value", TreeValues.numberOrString(value.text(), value.source()));
      groups.get(groups.size() - 1).add(new Node.Mapping(entry, metric.source()));
    }
    if (groups.isEmpty()) {
      return;
    }
    List<Node> results = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      results.add(result(slices.get(i), groups.get(i), groupSources.get(i)));
    }
    Source source = metrics.get().source();
    Map<String, Node> model = new LinkedHashMap<>();
    fullName(component).ifPresent(name -> model.put("name", TreeValues.string(name, source)));
    model.put("results", new Node.Sequence(results, source));
    entries.put("model-index", new Node.Sequence(List.of(new Node.Mapping(model, source)), source));
  }

  private Node result(String slice, List<Node> metrics, Source source) {
    Map<String, Node> result = new LinkedHashMap<>();
    modelParameters()
        .flatMap(mp -> scalar(mp, "task"))
        .ifPresent(
            task -> result.put("task", new Node.Mapping(Map.of("type", task), task.source())));
    if (!slice.isEmpty()) {
      Matcher named = NAMED_SLICE.matcher(slice);
      Map<String, Node> dataset = new LinkedHashMap<>();
      dataset.put("name", TreeValues.string(named.matches() ? named.group(1) : slice, source));
      dataset.put("type", TreeValues.string(named.matches() ? named.group(2) : slice, source));
      result.put("dataset", new Node.Mapping(dataset, source));
    }
    result.put("metrics", new Node.Sequence(metrics, source));
    return new Node.Mapping(result, source);
  }

  private Optional<Node.Mapping> modelParameters() {
    return modelCard.mapping("modelParameters");
  }

  static Optional<Node.Scalar> scalar(Node.Mapping mapping, String key) {
    return mapping
        .get(key)
        .filter(Node.Scalar.class::isInstance)
        .map(Node.Scalar.class::cast)
        .filter(scalar -> !scalar.isNull());
  }

  private static Node.Sequence strings(Node.Sequence list) {
    return new Node.Sequence(
        list.items().stream()
            .filter(Node.Scalar.class::isInstance)
            .filter(item -> !((Node.Scalar) item).isNull())
            .toList(),
        list.source());
  }
}
