package dev.clearance.server.review;

/**
 * A decision on an access grant.
 *
 * @param days for an approval: how long access lasts (default and limit as for requests)
 * @param reason for a decline or revocation: why (required), recorded in the audit log
 */
public record GrantDecisionBody(Integer days, String reason) {}
