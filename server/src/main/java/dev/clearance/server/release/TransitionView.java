package dev.clearance.server.release;

/**
 * One state change of a release.
 *
 * @param actor the handle of who caused it, or {@code system} for the server itself
 */
public record TransitionView(String from, String to, String actor, String reason, String at) {}
