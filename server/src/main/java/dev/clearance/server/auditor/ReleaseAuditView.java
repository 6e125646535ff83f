package dev.clearance.server.auditor;

import java.util.List;

/**
 * A release's audit: its engagements and whether a valid attestation covers it now (what the {@code
 * audit_attestation} guard of {@code approve} asks).
 *
 * @param rootDigest the release's current root digest, absent before a check verified its bundle
 * @param attested whether a verified, non-failing attestation of an accepted, unconflicted
 *     engagement covers {@code rootDigest}
 * @param problem why not, absent when attested
 */
public record ReleaseAuditView(
    String rootDigest, boolean attested, String problem, List<EngagementView> engagements) {

  public ReleaseAuditView {
    engagements = List.copyOf(engagements);
  }
}
