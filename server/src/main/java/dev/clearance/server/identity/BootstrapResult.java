package dev.clearance.server.identity;

/**
 * Answer of {@code POST /api/v1/bootstrap}: the first steward and their first API token, whose
 * secret is shown only here.
 */
public record BootstrapResult(UserView user, CreatedToken token) {}
