package dev.clearance.server.incident;

/**
 * A report of harm or a disputed output.
 *
 * @param kind one of the policy's incident kinds, e.g. {@code harm}
 * @param severity one of the policy's incident severities, as the reporter sees it
 * @param summary one line
 * @param details what happened: inputs, outputs, who was affected
 * @param remedy what the reporter asks for (optional)
 */
public record IncidentReportRequest(
    String kind, String severity, String summary, String details, String remedy) {}
