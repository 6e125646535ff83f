package dev.clearance.server.finding;

/**
 * Links a finding as a duplicate of another finding of the same release.
 *
 * @param of the id of the original finding (required)
 */
public record DuplicateRequest(String of) {}
