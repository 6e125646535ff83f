package dev.clearance.server.incident;

import dev.clearance.policy.IncidentKind;
import dev.clearance.policy.IncidentRules;
import dev.clearance.policy.IncidentSeverity;
import java.util.List;

/**
 * The registry's incident playbook (LIFE-2): what may be reported, the severity scale with its
 * deadlines, and who does what.
 *
 * @param policy the policy it comes from, e.g. {@code rrf@2025.1}
 * @param roles who responds and who is the escalation contact
 */
public record PlaybookView(
    String policy, List<IncidentKind> kinds, List<SeverityView> severities, List<String> roles) {

  /**
   * @param acknowledgeHours hours to acknowledge, from receipt
   * @param resolveDays days to resolve, from receipt
   * @param escalate whether the stewards are told at once
   */
  public record SeverityView(
      String id, String title, int acknowledgeHours, int resolveDays, boolean escalate) {}

  /** Roles of the playbook: fixed by the registry, the same for every policy. */
  static final List<String> ROLES =
      List.of(
          "Reporter: anyone, signed in or not; tracks the report with its reference.",
          "Responder: the releasing organization's releasers and admins acknowledge, update and"
              + " resolve or reject the report within its severity's deadlines.",
          "Escalation contact: the registry's stewards, told at once of the severities marked"
              + " escalate and of every report not acknowledged in time; they may act as"
              + " responders.");

  static PlaybookView of(String policy, IncidentRules rules) {
    return new PlaybookView(
        policy,
        rules.kinds(),
        rules.severities().stream().map(PlaybookView::severity).toList(),
        ROLES);
  }

  private static SeverityView severity(IncidentSeverity severity) {
    return new SeverityView(
        severity.id(),
        severity.title(),
        severity.acknowledgeHours(),
        severity.resolveDays(),
        severity.escalate());
  }
}
