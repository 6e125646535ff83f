package dev.clearance.server.certification;

/**
 * Body of declining, revoking and withdrawing a certification.
 *
 * @param reason why, shown publicly for a revoked or withdrawn certification
 */
public record ReasonRequest(String reason) {}
