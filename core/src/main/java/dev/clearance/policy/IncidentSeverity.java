package dev.clearance.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * One level of the incident playbook's severity scale (LIFE-2): how soon the releasing organization
 * must acknowledge and resolve a report of this severity, counted from its receipt, and whether the
 * registry's stewards are told at once.
 *
 * @param id the code used in the API ({@code critical}, ...)
 * @param title how people read it
 * @param acknowledgeHours hours the organization has to acknowledge a report
 * @param resolveDays days the organization has to resolve (or reject, with reasons) a report
 * @param escalate whether stewards are told as soon as such a report arrives; every report whose
 *     acknowledgement is overdue is escalated to them, whatever its severity
 */
public record IncidentSeverity(
    String id, String title, int acknowledgeHours, int resolveDays, boolean escalate) {

  public IncidentSeverity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (acknowledgeHours < 1 || resolveDays < 1) {
      throw new IllegalArgumentException("incident deadlines must be at least an hour and a day");
    }
    if ((long) acknowledgeHours > resolveDays * 24L) {
      throw new IllegalArgumentException(
          "severity '" + id + "' must be acknowledged before it is due to be resolved");
    }
  }

  /** Time allowed to acknowledge. */
  public Duration acknowledgeWithin() {
    return Duration.ofHours(acknowledgeHours);
  }

  /** Time allowed to resolve. */
  public Duration resolveWithin() {
    return Duration.ofDays(resolveDays);
  }
}
