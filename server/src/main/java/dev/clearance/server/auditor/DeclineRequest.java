package dev.clearance.server.auditor;

/**
 * Body of {@code POST /api/v1/me/engagements/{engagement}/decline}.
 *
 * @param reason why the auditor declines (optional; recorded in the audit log)
 */
public record DeclineRequest(String reason) {}
