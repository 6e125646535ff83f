package dev.clearance.server.auditor;

/**
 * Body of {@code POST /api/v1/me/engagements/{engagement}/withdraw}.
 *
 * @param reason why the auditor withdraws (required: the releasing organization needs it to engage
 *     someone else; recorded in the audit log)
 */
public record WithdrawRequest(String reason) {}
