package dev.clearance.server.identity;

/**
 * Body of {@code PATCH /api/v1/me}: absent fields stay as they are.
 *
 * @param displayName the name shown to people
 * @param email the address notifications are emailed to; an empty text removes it
 */
public record ProfileRequest(String displayName, String email) {}
