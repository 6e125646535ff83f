package dev.clearance.server.identity;

/**
 * An account's email address and whether it is verified: the answer of verifying it and of
 * requesting a new link.
 *
 * @param linkSent whether this request emailed a new link
 */
public record EmailVerificationView(
    String handle, String email, boolean emailVerified, boolean linkSent) {}
