package dev.clearance.cyclonedx;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of a model card component in the {@code huggingface:} namespace, which carry what
 * CycloneDX has no field for: {@code huggingface:<key>} holds a front matter value as JSON, {@code
 * huggingface:section} a markdown section, {@code huggingface:layout} the card's {@link Layout}.
 * Properties in other namespaces are {@link #others()}.
 */
final class HuggingFaceProperties {

  static final String METADATA = "huggingface:metadata:";
  static final String SECTION = "huggingface:section";

  private final Map<String, Node> keys = new LinkedHashMap<>();
  private final List<Node.Scalar> sections = new ArrayList<>();
  private final List<Node.Mapping> others = new ArrayList<>();
  private Layout layout;

  /**
   * Collects from {@code modelCard.properties} and {@code
   * modelCard.considerations.environmentalConsiderations.properties}.
   *
   * @throws InputException when a {@code huggingface:} value that should be JSON is not
   */
  static HuggingFaceProperties of(Node.Mapping modelCard, InputLimits limits)
      throws InputException {
    HuggingFaceProperties found = new HuggingFaceProperties();
    found.collect(modelCard.sequence("properties"), limits, true);
    found.collect(
        modelCard
            .mapping("considerations")
            .flatMap(considerations -> considerations.mapping("environmentalConsiderations"))
            .flatMap(environment -> environment.sequence("properties")),
        limits,
        false);
    return found;
  }

  private void collect(Optional<Node.Sequence> list, InputLimits limits, boolean keepOthers)
      throws InputException {
    if (list.isEmpty()) {
      return;
    }
    for (Node item : list.get().items()) {
      if (!(item instanceof Node.Mapping property)) {
        continue;
      }
      Optional<String> name = property.text("name");
      Optional<Node.Scalar> value =
          property
              .get("value")
              .filter(Node.Scalar.class::isInstance)
              .map(Node.Scalar.class::cast)
              .filter(scalar -> !scalar.isNull());
      if (name.isEmpty() || !reserved(name.get()) || value.isEmpty()) {
        if (keepOthers && name.isPresent()) {
          others.add(property);
        }
        continue;
      }
      if (name.get().equals(SECTION)) {
        sections.add(value.get());
      } else if (name.get().equals(Layout.PROPERTY)) {
        layout = Layout.of(TreeValues.parseJson(value.get().text(), value.get(), limits));
      } else {
        String key = name.get().substring(METADATA.length());
        keys.put(key, TreeValues.parseJson(value.get().text(), value.get(), limits));
      }
    }
  }

  /**
   * Whether a property name is one this class reads (a section, the layout, a front matter key).
   */
  static boolean reserved(String name) {
    return name.equals(SECTION) || name.equals(Layout.PROPERTY) || name.startsWith(METADATA);
  }

  /** Front matter values by key, as written by the exporter. */
  Map<String, Node> keys() {
    return keys;
  }

  /** {@code huggingface:section} values in order. */
  List<Node.Scalar> sections() {
    return sections;
  }

  /** Model card properties outside the {@code huggingface:} namespace. */
  List<Node.Mapping> others() {
    return others;
  }

  Optional<Layout> layout() {
    return Optional.ofNullable(layout);
  }
}
