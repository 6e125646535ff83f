package dev.clearance.server.release;

/**
 * The body of {@code PUT …/models/{model}}.
 *
 * @param displayName shown on pages; the model's name when absent
 */
public record ModelRequest(String displayName) {}
