package dev.clearance.server.evaluator;

/**
 * Answer to declaring a conflict of interest after applying.
 *
 * @param application the evaluator's application with the new conflict among its conflicts
 * @param accessEnded how many of the evaluator's access grants and requests for the organization's
 *     releases the declaration ended
 */
public record ConflictDeclared(ApplicationView application, int accessEnded) {}
