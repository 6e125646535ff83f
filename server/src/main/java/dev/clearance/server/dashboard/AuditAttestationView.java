package dev.clearance.server.dashboard;

/**
 * Whether a release of a tier with a third-party audit (REV-6) has a valid attestation.
 *
 * @param attested true when a valid attestation covers the release's current root digest
 * @param problem why not: no engagement, no attestation yet, one for another digest, a conflicted
 *     auditor...; absent when attested
 */
public record AuditAttestationView(boolean attested, String problem) {}
