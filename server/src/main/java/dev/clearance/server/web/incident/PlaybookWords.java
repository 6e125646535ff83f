package dev.clearance.server.web.incident;

import dev.clearance.policy.IncidentKind;
import dev.clearance.policy.IncidentRules;
import dev.clearance.policy.IncidentSeverity;
import java.util.List;

/**
 * The incident playbook of the registry's policy as the pages word it: titles of kinds, severities,
 * statuses and steps, and each severity's deadlines in words.
 */
public record PlaybookWords(IncidentRules rules) {

  /**
   * One severity as a choice on a form.
   *
   * @param deadlines e.g. "acknowledged within 24 hours, resolved within 14 days"
   * @param escalate whether the stewards are told as soon as such a report arrives
   */
  public record SeverityChoice(String id, String title, String deadlines, boolean escalate) {}

  public List<IncidentKind> kinds() {
    return rules.kinds();
  }

  /** The severities, lowest first. */
  public List<SeverityChoice> severities() {
    return rules.severities().stream()
        .map(
            severity ->
                new SeverityChoice(
                    severity.id(), severity.title(), deadlines(severity), severity.escalate()))
        .toList();
  }

  /** The title of kind {@code id}, or the id when the policy no longer has it. */
  public String kindTitle(String id) {
    return rules.kind(id).map(IncidentKind::title).orElse(id);
  }

  /** The title of severity {@code id}, or the id when the policy no longer has it. */
  public String severityTitle(String id) {
    return rules.severity(id).map(IncidentSeverity::title).orElse(id);
  }

  /** A status ({@code received}, …) for people. */
  public static String status(String code) {
    return switch (code) {
      case "received" -> "Received, waiting for acknowledgement";
      case "acknowledged" -> "Acknowledged, being handled";
      case "resolved" -> "Resolved";
      case "rejected" -> "Rejected";
      default -> code;
    };
  }

  /** A step of an update ({@code acknowledged}, {@code update}, …) for people. */
  public static String step(String code) {
    return switch (code) {
      case "acknowledged" -> "Acknowledged";
      case "update" -> "Update";
      case "resolved" -> "Resolved";
      case "rejected" -> "Rejected";
      case "escalated" -> "Escalated to the registry's stewards";
      default -> code;
    };
  }

  /** "acknowledged within 24 hours, resolved within 14 days". */
  static String deadlines(IncidentSeverity severity) {
    return "acknowledged within "
        + hours(severity.acknowledgeHours())
        + ", resolved within "
        + days(severity.resolveDays());
  }

  /** Hours in words: whole days from two days on ("3 days"), else hours ("24 hours"). */
  static String hours(int hours) {
    if (hours >= 48 && hours % 24 == 0) {
      return days(hours / 24);
    }
    return hours + (hours == 1 ? " hour" : " hours");
  }

  private static String days(int days) {
    return days + (days == 1 ? " day" : " days");
  }
}
