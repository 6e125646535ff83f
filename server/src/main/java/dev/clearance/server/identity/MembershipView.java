package dev.clearance.server.identity;

/**
 * One organization the caller belongs to, with their role there ({@code releaser}, {@code admin}).
 */
public record MembershipView(String org, String role) {}
