package dev.clearance.server.incident;

/**
 * The organization's acknowledgement of a report.
 *
 * @param severity the severity it confirms or sets (optional: the reported one)
 * @param note what it tells the reporter
 */
public record AcknowledgeRequest(String severity, String note) {}
