package dev.clearance.server.finding;

/**
 * One step of the policy's severity scale for findings, lowest first (REV-4).
 *
 * @param responseDays days the organization has to respond to a finding of this severity (REV-5)
 */
public record TemplateSeverityView(String id, String title, int responseDays) {}
