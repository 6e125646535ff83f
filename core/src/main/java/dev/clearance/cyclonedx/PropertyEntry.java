package dev.clearance.cyclonedx;

import org.cyclonedx.model.Property;

/**
 * A model card property that is not one of the reserved {@code huggingface:} ones, as text: {@code
 * name: value}.
 */
record PropertyEntry(String name, String value) {

  /** Reads an item; null when the name is one the {@code huggingface:} properties reserve. */
  static PropertyEntry parse(String item) {
    int colon = item.indexOf(": ");
    PropertyEntry entry =
        colon < 0
            ? new PropertyEntry(item, null)
            : new PropertyEntry(item.substring(0, colon), item.substring(colon + 2));
    return HuggingFaceProperties.reserved(entry.name()) ? null : entry;
  }

  String render() {
    return value == null ? name : name + ": " + value;
  }

  Property toCycloneDx() {
    return new Property(name, value);
  }
}
