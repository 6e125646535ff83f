package dev.clearance.server.evaluator;

/**
 * One declared conflict of interest in an {@link ApplicationRequest}: with an organization of the
 * registry, with a party described in free text, or both.
 *
 * @param kind {@code employment}, {@code funding}, {@code ownership}, {@code paid_engagement} or
 *     {@code other}
 * @param organization the slug of an organization of the registry, or absent
 * @param description who and what, in free text (up to 1000 characters), or absent when {@code
 *     organization} says it all
 * @param date ISO date {@code yyyy-MM-dd} of the engagement; required for {@code paid_engagement}
 */
public record ConflictRequest(String kind, String organization, String description, String date) {}
