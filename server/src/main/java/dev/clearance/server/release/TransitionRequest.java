package dev.clearance.server.release;

/**
 * The body of {@code POST …/transitions}.
 *
 * @param action the action's wire name, e.g. {@code submit}, {@code start_review}, {@code approve}
 * @param reason why; required for return_to_draft, deprecate, retract and revert
 */
public record TransitionRequest(String action, String reason) {}
