package dev.clearance.server.transparency;

import java.util.Map;

/**
 * The transparency report as CSV (RFC 4180): one {@code metric,value} row per figure, metric names
 * as the JSON's paths ({@code releases.byTier.3}); an absent figure is an empty value.
 */
final class TransparencyCsv {

  private TransparencyCsv() {}

  static String of(TransparencyReport report) {
    StringBuilder csv = new StringBuilder("metric,value\r\n");
    row(csv, "year", report.year());
    row(csv, "from", report.from());
    row(csv, "to", report.to());
    row(csv, "generatedAt", report.generatedAt());
    row(csv, "policy", report.policy());
    row(csv, "adoption.organizations", report.adoption().organizations());
    row(csv, "adoption.publishing", report.adoption().publishing());
    row(csv, "adoption.certified", report.adoption().certified());
    row(csv, "releases.released", report.releases().released());
    for (Map.Entry<String, Integer> tier : report.releases().byTier().entrySet()) {
      row(csv, "releases.byTier." + tier.getKey(), tier.getValue());
    }
    row(csv, "releases.compliant", report.releases().compliant());
    row(csv, "releases.complianceRate", report.releases().complianceRate());
    row(csv, "findings.filed", report.findings().filed());
    row(csv, "findings.answered", report.findings().answered());
    row(csv, "findings.overdue", report.findings().overdue());
    row(csv, "findings.medianResponseDays", report.findings().medianResponseDays());
    row(csv, "findings.p90ResponseDays", report.findings().p90ResponseDays());
    for (Map.Entry<String, Integer> kind : report.findings().byResponse().entrySet()) {
      row(csv, "findings.byResponse." + kind.getKey(), kind.getValue());
    }
    row(csv, "certifications.granted", report.certifications().granted());
    row(csv, "certifications.revoked", report.certifications().revoked());
    TransparencyReport.Incidents incidents = report.incidents();
    row(csv, "incidents.reported", incidents.reported());
    for (Map.Entry<String, Integer> kind : incidents.byKind().entrySet()) {
      row(csv, "incidents.byKind." + kind.getKey(), kind.getValue());
    }
    for (Map.Entry<String, Integer> severity : incidents.bySeverity().entrySet()) {
      row(csv, "incidents.bySeverity." + severity.getKey(), severity.getValue());
    }
    row(csv, "incidents.open", incidents.open());
    row(csv, "incidents.resolved", incidents.resolved());
    row(csv, "incidents.rejected", incidents.rejected());
    row(csv, "incidents.escalated", incidents.escalated());
    row(csv, "incidents.acknowledgementsDue", incidents.acknowledgementsDue());
    row(csv, "incidents.acknowledgedOnTime", incidents.acknowledgedOnTime());
    row(csv, "incidents.acknowledgedOnTimeRate", incidents.acknowledgedOnTimeRate());
    row(csv, "incidents.resolutionsDue", incidents.resolutionsDue());
    row(csv, "incidents.resolvedOnTime", incidents.resolvedOnTime());
    row(csv, "incidents.resolvedOnTimeRate", incidents.resolvedOnTimeRate());
    row(csv, "incidents.medianAcknowledgeHours", incidents.medianAcknowledgeHours());
    return csv.toString();
  }

  private static void row(StringBuilder csv, String metric, Object value) {
    csv.append(metric).append(',').append(field(value == null ? "" : value.toString()));
    csv.append("\r\n");
  }

  /** A field quoted when it holds a comma, quote or line break, with quotes doubled. */
  private static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
