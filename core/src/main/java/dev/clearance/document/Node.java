package dev.clearance.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML or JSON document as a tree whose every node knows its {@link Source}. Scalars keep
 * their text; numbers and booleans are read from the text on demand, so that YAML and JSON give the
 * same tree.
 */
public sealed interface Node {

  Source source();

  /** A string, number, boolean or null. {@code text} is null only for a null scalar. */
  record Scalar(String text, boolean quoted, Source source) implements Node {

    public boolean isNull() {
      return text == null;
    }

    /** The scalar as a number, if its text is one (YAML digit separators {@code _} allowed). */
    public Optional<Double> asNumber() {
      if (text == null || quoted) {
        return Optional.empty();
      }
      String plain = text.strip().replace("_", "");
      try {
        return Optional.of(Double.parseDouble(plain));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
  }

  record Sequence(List<Node> items, Source source) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A mapping with string keys in document order. */
  record Mapping(Map<String, Node> entries, Source source) implements Node {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<Node> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    public Optional<Mapping> mapping(String key) {
      return get(key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
    }

    public Optional<Sequence> sequence(String key) {
      return get(key).filter(Sequence.class::isInstance).map(Sequence.class::cast);
    }

    /** The text of a non-null scalar at {@code key}. */
    public Optional<String> text(String key) {
      return get(key)
          .filter(Scalar.class::isInstance)
          .map(Scalar.class::cast)
          .filter(scalar -> !scalar.isNull())
          .map(Scalar::text);
    }

    public Optional<Double> number(String key) {
      return get(key)
          .filter(Scalar.class::isInstance)
          .map(Scalar.class::cast)
          .flatMap(Scalar::asNumber);
    }

    public Optional<Fact<String>> textFact(String key) {
      return get(key)
          .filter(Scalar.class::isInstance)
          .map(Scalar.class::cast)
          .filter(scalar -> !scalar.isNull())
          .map(scalar -> new Fact<>(scalar.text(), scalar.source()));
    }
  }

  /** Every scalar text below this node, depth first (for keyword scans of metadata). */
  default List<Scalar> scalars() {
    List<Scalar> found = new java.util.ArrayList<>();
    collectScalars(this, found);
    return found;
  }

  private static void collectScalars(Node node, List<Scalar> found) {
    switch (node) {
      case Scalar scalar -> found.add(scalar);
      case Sequence sequence -> sequence.items().forEach(item -> collectScalars(item, found));
      case Mapping mapping ->
          mapping.entries().values().forEach(value -> collectScalars(value, found));
    }
  }
}
