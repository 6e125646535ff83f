package dev.clearance.server.evaluator;

/**
 * The body of a steward's vetting decision ({@code approve}, {@code reject}, {@code suspend},
 * {@code reinstate}, {@code revoke}).
 *
 * @param reason why (up to 2000 characters), recorded in the audit log; required to reject, suspend
 *     and revoke, optional otherwise
 */
public record DecisionRequest(String reason) {}
