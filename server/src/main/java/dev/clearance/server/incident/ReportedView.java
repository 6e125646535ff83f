package dev.clearance.server.incident;

/**
 * The answer to a new report: its tracking reference (shown once; the registry keeps only its
 * hash), where to track it, and the report as stored.
 *
 * @param reference the reporter's secret tracking reference
 * @param trackingPath the API path that reads the report with its reference
 * @param trackingPage the web page that does the same
 */
public record ReportedView(
    String reference, String trackingPath, String trackingPage, IncidentView incident) {

  /** The answer for {@code incident}, whose tracking reference is {@code reference}. */
  public static ReportedView of(String reference, IncidentView incident) {
    return new ReportedView(
        reference,
        "/api/v1/incident-reports/" + reference,
        "/incidents/track?reference=" + reference,
        incident);
  }
}
