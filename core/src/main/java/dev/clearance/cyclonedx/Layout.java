package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code huggingface:layout} property: the order of a Hugging Face card's front matter keys and
 * of its sections, with each section's heading, level, and the CycloneDX field that holds its text
 * (how many items of it). Written only when the card's layout differs from the one Clearance writes
 * for a CycloneDX model card; without it, sections get the standard headings.
 *
 * @param keys front matter keys in order
 * @param sections sections in order
 */
record Layout(List<String> keys, List<Entry> sections) {

  static final String PROPERTY = "huggingface:layout";

  /**
   * One section: heading, level, the field holding its text, and how many items it takes: the next
   * {@code items} unused ones, or exactly those at {@code indexes} when given (datasets, whose
   * entries a section can describe out of their order in the BOM).
   */
  record Entry(String heading, int level, CardField field, int items, List<Integer> indexes) {
    Entry {
      indexes = List.copyOf(indexes);
    }

    Entry(String heading, int level, CardField field, int items) {
      this(heading, level, field, items, List.of());
    }
  }

  Layout {
    keys = List.copyOf(keys);
    sections = List.copyOf(sections);
  }

  /** Reads the property's JSON value; entries of an unexpected shape are left out. */
  static Layout of(Node value) {
    List<String> keys = new ArrayList<>();
    List<Entry> sections = new ArrayList<>();
    if (value instanceof Node.Mapping mapping) {
      mapping
          .sequence("keys")
          .ifPresent(
              list ->
                  list.items().stream()
                      .filter(Node.Scalar.class::isInstance)
                      .map(Node.Scalar.class::cast)
                      .filter(scalar -> !scalar.isNull())
                      .forEach(scalar -> keys.add(scalar.text())));
      mapping
          .sequence("sections")
          .ifPresent(
              list ->
                  list.items().stream()
                      .filter(Node.Mapping.class::isInstance)
                      .map(Node.Mapping.class::cast)
                      .map(Layout::entry)
                      .flatMap(Optional::stream)
                      .forEach(sections::add));
    }
    return new Layout(keys, sections);
  }

  private static Optional<Entry> entry(Node.Mapping entry) {
    Optional<CardField> field = entry.text("field").flatMap(CardField::byId);
    Optional<Double> level = entry.number("level");
    Optional<Double> items = entry.number("items");
    if (field.isEmpty() || level.isEmpty() || items.isEmpty()) {
      return Optional.empty();
    }
    int levelValue = (int) Math.max(0, Math.min(7, level.get()));
    int count = (int) Math.max(0, Math.min(Integer.MAX_VALUE, items.get()));
    List<Integer> indexes = new ArrayList<>();
    entry
        .sequence("indexes")
        .ifPresent(
            list ->
                list.items().stream()
                    .filter(Node.Scalar.class::isInstance)
                    .map(Node.Scalar.class::cast)
                    .flatMap(scalar -> scalar.asNumber().stream())
                    .filter(index -> index >= 0 && index < Integer.MAX_VALUE)
                    .forEach(index -> indexes.add(index.intValue())));
    return Optional.of(
        new Entry(entry.text("heading").orElse(""), levelValue, field.get(), count, indexes));
  }

  /** The plain value written as the property's JSON. */
  Map<String, Object> plain() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("keys", keys);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Entry entry : sections) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("heading", entry.heading());
      item.put("level", entry.level());
      item.put("field", entry.field().id());
      item.put("items", entry.items());
      if (!entry.indexes().isEmpty()) {
        item.put("indexes", entry.indexes());
      }
      list.add(item);
    }
    value.put("sections", list);
    return value;
  }
}
