package dev.clearance.cyclonedx;

import org.cyclonedx.model.Property;

/** A CycloneDX property outside the {@code huggingface:} namespace as text: {@code name: value}. */
record PropertyEntry(String name, String value) {

  static PropertyEntry parse(String item) {
    int colon = item.indexOf(": ");
    return colon < 0
        ? new PropertyEntry(item, null)
        : new PropertyEntry(item.substring(0, colon), item.substring(colon + 2));
  }

  String render() {
    return value == null ? name : name + ": " + value;
  }

  Property toCycloneDx() {
    return new Property(name, value);
  }
}
