package dev.clearance.server.certification;

/**
 * Body of {@code POST /api/v1/orgs/{org}/certifications}: the organization's attestation.
 *
 * @param statement what the organization attests, e.g. which releases follow the framework and how
 */
public record CertificationRequest(String statement) {}
