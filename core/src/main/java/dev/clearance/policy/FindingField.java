package dev.clearance.policy;

import java.util.Objects;

/**
 * One field of the finding template (REV-4): what a form asks and whether a finding needs it.
 *
 * @param id the field's name in the API ({@code reproduction}, ...); one of {@link #KNOWN}
 * @param label the form label
 * @param help one sentence on what to write
 * @param required true when a finding without it is refused
 */
public record FindingField(String id, String label, String help, boolean required) {

  /** The fields a finding can have; the template chooses labels, help and which are required. */
  public static final java.util.List<String> KNOWN =
      java.util.List.of(
          "title",
          "category",
          "severity",
          "affected_versions",
          "summary",
          "reproduction",
          "evidence",
          "suggested_mitigation");

  public FindingField {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(help, "help");
  }
}
