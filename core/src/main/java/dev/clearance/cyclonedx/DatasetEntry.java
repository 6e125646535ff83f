package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;

/**
 * A CycloneDX {@code modelParameters.datasets} entry. Its name goes to the card's {@code datasets}
 * list; when it has more than a name, it is also an item of the "Training Data" section: the name
 * (or, without a name, the description) as title, then labelled lines.
 */
record DatasetEntry(
    String name,
    String type,
    String description,
    String url,
    String classification,
    List<String> sensitiveData) {

  static final String DATASET = "dataset";
  private static final String TYPE = "Type";
  private static final String DESCRIPTION = "Description";
  private static final String URL = "URL";
  private static final String CLASSIFICATION = "Classification";
  private static final String SENSITIVE = "Sensitive data";
  private static final Set<String> LABELS =
      Set.of(TYPE, DESCRIPTION, URL, CLASSIFICATION, SENSITIVE);

  DatasetEntry {
    sensitiveData = List.copyOf(sensitiveData);
  }

  static DatasetEntry named(String name) {
    return new DatasetEntry(name, DATASET, null, null, null, List.of());
  }

  static DatasetEntry described(String description) {
    return new DatasetEntry(null, DATASET, description, null, null, List.of());
  }

  static DatasetEntry of(Node.Mapping data) {
    List<String> sensitive = new ArrayList<>();
    data.sequence("sensitiveData")
        .ifPresent(
            items ->
                items.items().stream()
                    .filter(Node.Scalar.class::isInstance)
                    .map(Node.Scalar.class::cast)
                    .filter(scalar -> !scalar.isNull())
                    .forEach(scalar -> sensitive.add(scalar.text())));
    return new DatasetEntry(
        data.text("name").orElse(null),
        data.text("type").orElse(DATASET),
        data.text("description").orElse(null),
        data.mapping("contents").flatMap(contents -> contents.text("url")).orElse(null),
        data.text("classification").orElse(null),
        sensitive);
  }

  /** Whether the entry says more than its name, so that it needs a "Training Data" item. */
  boolean hasDetails() {
    return !DATASET.equals(type)
        || description != null
        || url != null
        || classification != null
        || !sensitiveData.isEmpty();
  }

  /**
   * Reads an item. A title that is one of {@code names} (the card's {@code datasets}) followed by
   * labelled lines describes that dataset; any other text describes an unnamed one.
   */
  static DatasetEntry parse(String item, Set<String> names) {
    LabeledText text = LabeledText.parse(item, LABELS);
    if (text.hasEmptyValue()) {
      return null;
    }
    boolean named = !text.fields().isEmpty() && names.contains(text.title());
    if (!named && text.value(DESCRIPTION).isPresent()) {
      return null;
    }
    return new DatasetEntry(
        named ? text.title() : null,
        text.value(TYPE).orElse(DATASET),
        named ? text.value(DESCRIPTION).orElse(null) : emptyToNull(text.title()),
        text.value(URL).orElse(null),
        text.value(CLASSIFICATION).orElse(null),
        text.values(SENSITIVE));
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  String render() {
    List<LabeledText.Field> fields = new ArrayList<>();
    if (!DATASET.equals(type)) {
      fields.add(new LabeledText.Field(TYPE, type));
    }
    if (name != null) {
      LabeledText.add(fields, DESCRIPTION, description);
    }
    LabeledText.add(fields, URL, url);
    LabeledText.add(fields, CLASSIFICATION, classification);
    sensitiveData.forEach(value -> fields.add(new LabeledText.Field(SENSITIVE, value)));
    String title = name != null ? name : description == null ? "" : description;
    return new LabeledText(title, fields).render();
  }

  /**
   * Null when the type is not one CycloneDX knows or the URL is not an IRI-reference (the item is
   * then kept as a description).
   */
  ComponentData toCycloneDx() {
    ComponentData.ComponentDataType dataType = dataType(type);
    if (dataType == null || (url != null && !IriReference.valid(url))) {
      return null;
    }
    ComponentData data = new ComponentData();
    data.setType(dataType);
    data.setName(name);
    data.setDescription(description);
    if (url != null) {
      Content contents = new Content();
      contents.setUrl(url);
      data.setContents(contents);
    }
    data.setClassification(classification);
    if (!sensitiveData.isEmpty()) {
      data.setSensitiveData(sensitiveData);
    }
    return data;
  }

  static ComponentData.ComponentDataType dataType(String type) {
    for (ComponentData.ComponentDataType candidate : ComponentData.ComponentDataType.values()) {
      if (candidate.getTypeName().equals(type)) {
        return candidate;
      }
    }
    return null;
  }
}
