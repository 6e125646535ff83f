package dev.clearance.server.certification;

/**
 * Body of {@code POST /api/v1/certifications/{certification}/certify}.
 *
 * @param validDays how long the certification holds, 1 to {@value Certifications#MAX_VALID_DAYS}
 *     days; {@value Certifications#DEFAULT_VALID_DAYS} when absent
 */
public record CertifyRequest(Integer validDays) {}
