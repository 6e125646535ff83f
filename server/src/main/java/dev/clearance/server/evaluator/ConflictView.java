package dev.clearance.server.evaluator;

/**
 * A declared conflict of interest as the applicant and stewards see it.
 *
 * @param organization the organization's slug, absent for a party outside the registry
 * @param date ISO date of a paid engagement, absent otherwise
 */
public record ConflictView(String kind, String organization, String description, String date) {}
