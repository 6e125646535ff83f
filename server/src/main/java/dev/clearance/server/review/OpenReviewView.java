package dev.clearance.server.review;

/**
 * A release whose community review window is open (REV-2, REV-3), as vetted evaluators see it
 * before they have access: which release, its tier, the window and their own grant's status.
 *
 * @param myGrant the caller's open grant's status ({@code requested}, {@code active}), or absent
 * @param path where to request access: {@code POST <path>/access-requests}
 */
public record OpenReviewView(
    String org,
    String model,
    String version,
    Integer tier,
    String windowStart,
    String windowEnd,
    String myGrant,
    String path) {}
