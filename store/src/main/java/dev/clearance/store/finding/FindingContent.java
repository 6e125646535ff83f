package dev.clearance.store.finding;

import java.util.List;
import java.util.Objects;

/**
 * What an evaluator wrote in a finding, by the fields of the policy's template (REV-4). Which
 * fields are required and which values are allowed is the caller's check against the template.
 *
 * @param affectedVersions version labels, possibly empty
 * @param summary null when not given, as the other optional texts
 */
public record FindingContent(
    String title,
    String category,
    String severity,
    List<String> affectedVersions,
    String summary,
    String reproduction,
    String evidence,
    String suggestedMitigation) {

  public FindingContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    affectedVersions = List.copyOf(affectedVersions);
    if (affectedVersions.stream().anyMatch(label -> label.isEmpty() || label.contains("\n"))) {
      throw new IllegalArgumentException("affected versions must be one-line version labels");
    }
  }
}
