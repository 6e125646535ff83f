package dev.clearance.server.system;

/**
 * The body of the health endpoints.
 *
 * @param status {@code ok} or {@code unavailable}
 * @param problem what is wrong, empty when ok
 */
public record Health(String status, String problem) {}
