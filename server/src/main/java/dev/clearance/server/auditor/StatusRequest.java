package dev.clearance.server.auditor;

/**
 * Body of a steward's change of approval of a firm or an auditor.
 *
 * @param status {@code active} (reinstate), {@code suspended} or {@code revoked} (final)
 * @param reason why; recorded in the audit log
 */
public record StatusRequest(String status, String reason) {}
