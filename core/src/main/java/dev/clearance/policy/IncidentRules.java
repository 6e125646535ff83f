package dev.clearance.policy;

import java.util.List;
import java.util.Optional;

/**
 * The incident playbook of a policy (LIFE-2): the kinds of report anyone may file about a released
 * model, and the severity scale with the deadlines to acknowledge and resolve each. The roles are
 * fixed by the registry: the releasing organization's members respond, the registry's stewards are
 * the escalation contact (docs/incidents.md).
 *
 * @param kinds what may be reported, each once
 * @param severities the severity scale, lowest first, each once
 */
public record IncidentRules(List<IncidentKind> kinds, List<IncidentSeverity> severities) {

  public IncidentRules {
    kinds = List.copyOf(kinds);
    severities = List.copyOf(severities);
    if (kinds.isEmpty() || severities.isEmpty()) {
      throw new IllegalArgumentException("an incident playbook needs kinds and severities");
    }
  }

  /** The kind called {@code id}, if the policy has one. */
  public Optional<IncidentKind> kind(String id) {
    return kinds.stream().filter(kind -> kind.id().equals(id)).findFirst();
  }

  /** The severity called {@code id}, if the policy has one. */
  public Optional<IncidentSeverity> severity(String id) {
    return severities.stream().filter(severity -> severity.id().equals(id)).findFirst();
  }

  /** The ids of the kinds, in policy order. */
  public List<String> kindIds() {
    return kinds.stream().map(IncidentKind::id).toList();
  }

  /** The ids of the severities, lowest first. */
  public List<String> severityIds() {
    return severities.stream().map(IncidentSeverity::id).toList();
  }
}
