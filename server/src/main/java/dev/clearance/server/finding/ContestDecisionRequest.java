package dev.clearance.server.finding;

/**
 * A steward's decision on a contested response (REV-5).
 *
 * @param outcome {@code uphold} (the response stands, the finding is resolved) or {@code sustain}
 *     (the contest is right; the organization must respond again)
 * @param reason why (required), recorded in the audit log
 */
public record ContestDecisionRequest(String outcome, String reason) {}
