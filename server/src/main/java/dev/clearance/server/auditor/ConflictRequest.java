package dev.clearance.server.auditor;

/**
 * Body of {@code POST /api/v1/me/conflicts}: a conflict of interest the calling auditor declares.
 *
 * @param organization the organization's slug
 * @param kind {@code ownership}, {@code funding}, {@code employment} or {@code paid_engagement}
 * @param party {@code auditor} (default: the caller personally) or {@code firm} (the caller's firm)
 * @param endedOn for {@code paid_engagement} only: the day it ended, {@code YYYY-MM-DD} (a future
 *     day while it runs)
 * @param note optional words, public like the declaration
 */
public record ConflictRequest(
    String organization, String kind, String party, String endedOn, String note) {}
