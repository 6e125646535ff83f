package dev.clearance.server.auditor;

import java.util.Objects;

/**
 * Whether a valid audit attestation covers a release now (REV-6), and if not, why.
 *
 * @param attested true when a verified attestation of an accepted engagement, whose auditor and
 *     firm are active and unconflicted, covers the release's current root digest with result {@code
 *     pass} or {@code pass_with_conditions}, signed with a key that is not revoked, and no such
 *     engagement's attestation of that digest says {@code fail}
 * @param problem why not (no engagement, an attestation for another digest, a conflicted
 *     auditor...), or empty when attested
 */
public record AuditStanding(boolean attested, String problem) {

  public AuditStanding {
    Objects.requireNonNull(problem, "problem");
  }
}
