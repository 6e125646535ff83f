package dev.clearance.server.review;

/**
 * An evaluator's request for access to a release in review, or an organization's direct grant.
 *
 * @param evaluator the evaluator's handle (direct grants only)
 * @param purpose what the evaluator will examine (required for requests)
 * @param days how long access should last; at most the policy's {@code max_grant_days}; by default
 *     until the review window and the contest period after it have ended
 */
public record AccessRequestBody(String evaluator, String purpose, Integer days) {}
