package dev.clearance.cyclonedx;

import dev.clearance.dossier.CardSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cyclonedx.model.component.modelCard.ModelParameters;

/**
 * Puts each section of a Hugging Face card into the CycloneDX field its heading maps to ({@link
 * CardField}), when that field can hold the section's text so that it writes back the same; any
 * other section becomes a {@code huggingface:section} property. Records the card's {@link Layout}.
 */
final class SectionDecoder {

  private final CardAssembly assembly;
  private final String title;
  private final Set<String> undetailedNames = new HashSet<>();
  private final Set<CardField> filled = new HashSet<>();
  private final Map<Integer, List<DatasetEntry>> datasetSections = new HashMap<>();
  private List<DatasetEntry> lastDatasets = List.of();
  private boolean titleUsed;

  private SectionDecoder(CardAssembly assembly, String title) {
    this.assembly = assembly;
    this.title = title;
    assembly.datasets.forEach(entry -> undetailedNames.add(entry.name()));
  }

  static void decode(List<CardSection> sections, CardAssembly assembly, String title) {
    SectionDecoder decoder = new SectionDecoder(assembly, title);
    for (CardSection section : sections) {
      decoder.place(section);
    }
    decoder.indexDatasets();
  }

  /**
   * Gives each "Training Data" layout entry the indexes of its datasets among the detailed ones,
   * since a dataset named in the front matter keeps its place in the BOM wherever it is described.
   */
  private void indexDatasets() {
    List<DatasetEntry> detailed =
        assembly.datasets.stream().filter(DatasetEntry::hasDetails).toList();
    datasetSections.forEach(
        (position, entries) -> {
          List<Integer> indexes = new ArrayList<>();
          for (DatasetEntry entry : entries) {
            for (int i = 0; i < detailed.size(); i++) {
              if (detailed.get(i) == entry) {
                indexes.add(i);
              }
            }
          }
          Layout.Entry old = assembly.layoutEntries.get(position);
          assembly.layoutEntries.set(
              position,
              new Layout.Entry(old.heading(), old.level(), old.field(), old.items(), indexes));
        });
  }

  /** Whether the exporter keeps this section (a blank preamble is dropped). */
  static boolean kept(CardSection section) {
    return section.level() != 0 || !ItemText.trimBlankLines(section.text()).isEmpty();
  }

  private void place(CardSection section) {
    if (!kept(section)) {
      return;
    }
    String text = ItemText.trimBlankLines(section.text());
    if (section.level() == 1 && !titleUsed && section.heading().equals(title) && text.isEmpty()) {
      titleUsed = true;
      record(section, CardField.TITLE, 0);
      return;
    }
    for (CardField field : CardField.forHeading(section.heading())) {
      if (!field.multiple() && filled.contains(field)) {
        continue;
      }
      Optional<Integer> count = put(field, text);
      if (count.isPresent()) {
        if (count.get() > 0) {
          filled.add(field);
        }
        if (field == CardField.DATASETS) {
          datasetSections.put(assembly.layoutEntries.size(), lastDatasets);
        }
        record(section, field, count.get());
        return;
      }
    }
    assembly.sections.add(markdown(section, text));
    record(section, CardField.SECTION, 1);
  }

  private void record(CardSection section, CardField field, int items) {
    assembly.layoutEntries.add(new Layout.Entry(section.heading(), section.level(), field, items));
  }

  /** The section as kept in a {@code huggingface:section} property. */
  static String markdown(CardSection section, String text) {
    if (section.level() < 1 || section.level() > 6) {
      return text;
    }
    String heading = "#".repeat(section.level()) + " " + section.heading();
    return text.isEmpty() ? heading : heading + "\n\n" + text;
  }

  /** Adds the text to the field; the number of items, or empty when the field cannot hold it. */
  private Optional<Integer> put(CardField field, String text) {
    return switch (field) {
      case DESCRIPTION -> single(text, value -> assembly.description = value);
      case ARCHITECTURE -> single(text, value -> assembly.architecture = value);
      case ARCHITECTURE_FAMILY -> single(text, value -> assembly.architectureFamily = value);
      case APPROACH -> approach(text);
      case INPUTS -> strings(text, assembly.inputs);
      case OUTPUTS -> strings(text, assembly.outputs);
      case USERS -> strings(text, assembly.users);
      case USE_CASES -> strings(text, assembly.useCases);
      case LIMITATIONS -> strings(text, assembly.limitations);
      case TRADEOFFS -> strings(text, assembly.tradeoffs);
      case RISKS ->
          add(
              ItemText.decode(text, RiskEntry::parse, RiskEntry::render, RiskEntry::named, true),
              assembly.risks);
      case FAIRNESS ->
          add(
              ItemText.decode(
                  text, FairnessEntry::parse, FairnessEntry::render, item -> null, true),
              assembly.fairness);
      case ENERGY ->
          add(
              ItemText.decode(text, EnergyEntry::parse, EnergyEntry::render, item -> null, true),
              assembly.energy);
      case METRICS -> metrics(text);
      case PROPERTIES ->
          add(
              ItemText.decode(
                  text, PropertyEntry::parse, PropertyEntry::render, PropertyEntry::parse, false),
              assembly.properties);
      case DATASETS -> datasets(text);
      case TITLE, SECTION -> Optional.empty();
    };
  }

  private static Optional<Integer> single(String text, java.util.function.Consumer<String> set) {
    if (!text.isEmpty()) {
      set.accept(text);
    }
    return Optional.of(text.isEmpty() ? 0 : 1);
  }

  private Optional<Integer> approach(String text) {
    if (text.isEmpty()) {
      return Optional.of(0);
    }
    for (ModelParameters.Approach.ApproachType type :
        ModelParameters.Approach.ApproachType.values()) {
      if (type.getTypeName().equals(text)) {
        assembly.approach = type;
        return Optional.of(1);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> strings(String text, List<String> target) {
    return add(ItemText.decode(text, item -> item, item -> item, item -> item, false), target);
  }

  private static <T> Optional<Integer> add(Optional<List<T>> values, List<T> target) {
    values.ifPresent(target::addAll);
    return values.map(List::size);
  }

  private Optional<Integer> metrics(String text) {
    if (text.isEmpty()) {
      return Optional.of(0);
    }
    Optional<List<MetricEntry>> values =
        ItemText.decode(text, MetricEntry::parse, MetricEntry::render, item -> null, true);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (assembly.sectionMetrics == null) {
      assembly.sectionMetrics = new ArrayList<>();
    }
    assembly.sectionMetrics.addAll(values.get());
    return Optional.of(values.get().size());
  }

  private Optional<Integer> datasets(String text) {
    Function<String, DatasetEntry> read =
        item -> {
          DatasetEntry entry = DatasetEntry.parse(item, undetailedNames);
          return entry == null || entry.toCycloneDx() == null ? null : entry;
        };
    Optional<List<DatasetEntry>> values =
        ItemText.decode(text, read, DatasetEntry::render, DatasetEntry::described, true);
    values.ifPresent(
        entries -> {
          lastDatasets = entries;
          for (DatasetEntry entry : entries) {
            int named = namedIndex(entry.name());
            if (named >= 0) {
              assembly.datasets.set(named, entry);
              undetailedNames.remove(entry.name());
            } else {
              assembly.datasets.add(entry);
            }
          }
        });
    return values.map(List::size);
  }

  private int namedIndex(String name) {
    if (name == null || !undetailedNames.contains(name)) {
      return -1;
    }
    for (int i = 0; i < assembly.datasets.size(); i++) {
      DatasetEntry entry = assembly.datasets.get(i);
      if (name.equals(entry.name()) && !entry.hasDetails()) {
        return i;
      }
    }
    return -1;
  }
}
