package dev.clearance.policy;

import java.util.List;
import java.util.Optional;

/**
 * The standard template of a finding (REV-4): its categories, its severity scale (lowest first,
 * each with the organization's response deadline) and its fields with labels and help text, in the
 * order a form shows them.
 */
public record FindingTemplate(
    List<String> categories, List<FindingSeverity> severities, List<FindingField> fields) {

  public FindingTemplate {
    categories = List.copyOf(categories);
    severities = List.copyOf(severities);
    fields = List.copyOf(fields);
    if (categories.isEmpty() || severities.isEmpty()) {
      throw new IllegalArgumentException("a finding template needs categories and severities");
    }
  }

  /** The severity called {@code id}, if the scale has one. */
  public Optional<FindingSeverity> severity(String id) {
    return severities.stream().filter(severity -> severity.id().equals(id)).findFirst();
  }

  /** The field called {@code id}, if the template has one. */
  public Optional<FindingField> field(String id) {
    return fields.stream().filter(field -> field.id().equals(id)).findFirst();
  }
}
