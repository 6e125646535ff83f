package dev.clearance.server.auditor;

/**
 * Body of {@code POST …/releases/{version}/engagements}: the releasing organization asks an
 * approved auditor to audit the release.
 *
 * @param auditor the auditor's handle
 * @param scope what the audit should cover, in words
 */
public record EngagementRequest(String auditor, String scope) {}
