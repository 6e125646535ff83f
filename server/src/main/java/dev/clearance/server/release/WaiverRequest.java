package dev.clearance.server.release;

/**
 * The body of {@code POST …/waivers}.
 *
 * @param guard the guard to waive; only {@code checks_pass} can be waived
 * @param reason why the steward waives it; recorded in the audit log
 */
public record WaiverRequest(String guard, String reason) {}
