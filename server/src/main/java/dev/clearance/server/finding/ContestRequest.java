package dev.clearance.server.finding;

/**
 * The filing evaluator's contest of a response (REV-5).
 *
 * @param reason why the response does not answer the finding (required)
 */
public record ContestRequest(String reason) {}
