package dev.clearance.server.rollout;

/**
 * A rollout move's body.
 *
 * @param reason why (required for a rollback; recorded in the audit log)
 */
public record RollbackBody(String reason) {}
