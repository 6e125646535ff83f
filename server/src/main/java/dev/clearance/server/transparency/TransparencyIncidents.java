package dev.clearance.server.transparency;

import dev.clearance.policy.IncidentKind;
import dev.clearance.policy.IncidentRules;
import dev.clearance.policy.IncidentSeverity;
import dev.clearance.store.incident.Incident;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The incidents section of the transparency report (ACC-3 with LIFE-2). */
final class TransparencyIncidents {

  private TransparencyIncidents() {}

  /**
   * The figures of {@code incidents}, reported in a period that ends at {@code to}; kinds and
   * severities in the order of {@code rules}, then any others (from an earlier policy).
   */
  static TransparencyReport.Incidents of(
      List<Incident> incidents, IncidentRules rules, Instant to) {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    rules.kinds().stream().map(IncidentKind::id).forEach(id -> byKind.put(id, 0));
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    rules.severities().stream().map(IncidentSeverity::id).forEach(id -> bySeverity.put(id, 0));
    int open = 0;
    int resolved = 0;
    int rejected = 0;
    int escalated = 0;
    int acknowledgementsDue = 0;
    int acknowledgedOnTime = 0;
    int resolutionsDue = 0;
    int resolvedOnTime = 0;
    List<Double> hours = new ArrayList<>();
    for (Incident incident : incidents) {
      byKind.merge(incident.kind(), 1, Integer::sum);
      bySeverity.merge(incident.severity(), 1, Integer::sum);
      switch (incident.status()) {
        case RESOLVED -> resolved++;
        case REJECTED -> rejected++;
        default -> open++;
      }
      if (incident.escalatedAt() != null) {
        escalated++;
      }
      Instant answered = incident.answeredAt();
      if (answered != null || !incident.acknowledgeBy().isAfter(to)) {
        acknowledgementsDue++;
        if (answered != null && !incident.acknowledgedLate()) {
          acknowledgedOnTime++;
        }
      }
      if (answered != null) {
        hours.add(Duration.between(incident.reportedAt(), answered).toMinutes() / 60.0);
      }
      if (incident.closedAt() != null || !incident.resolveBy().isAfter(to)) {
        resolutionsDue++;
        if (incident.closedAt() != null && !incident.closedLate()) {
          resolvedOnTime++;
        }
      }
    }
    hours.sort(null);
    return new TransparencyReport.Incidents(
        incidents.size(),
        byKind,
        bySeverity,
        open,
        resolved,
        rejected,
        escalated,
        acknowledgementsDue,
        acknowledgedOnTime,
        rate(acknowledgedOnTime, acknowledgementsDue),
        resolutionsDue,
        resolvedOnTime,
        rate(resolvedOnTime, resolutionsDue),
        TransparencyReports.percentile(hours, 50));
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : TransparencyReports.round((double) part / whole);
  }
}
