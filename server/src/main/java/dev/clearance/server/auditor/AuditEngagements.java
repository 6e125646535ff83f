package dev.clearance.server.auditor;

import dev.clearance.release.Guard;
import dev.clearance.release.GuardFailure;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditAttestation;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.Engagement;
import dev.clearance.store.auditor.EngagementStatus;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.release.Release;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the release workflow asks of audits (REV-6, OPS-3): whether a caller sees a release through
 * an accepted engagement ({@link #active}), whether a valid attestation covers a release's current
 * root digest ({@link #standing}, the {@code audit_attestation} guard's fact), and why not, for the
 * refusal of {@code approve} ({@link #explained}).
 */
public final class AuditEngagements {

  private AuditEngagements() {}

  /**
   * True when {@code caller} is an auditor with an accepted engagement for {@code release} and they
   * and their firm are active: they see the release's pre-release material.
   */
  public static boolean active(Repositories tx, Principal caller, Release release) {
    if (caller.isAnonymous() || !caller.has(GlobalRole.AUDITOR)) {
      return false;
    }
    return Auditors.engagements(tx).isActive(release.id(), caller.requireUserId());
  }

  /** Whether a valid attestation covers {@code release} now (the store's clock), and why not. */
  public static AuditStanding standing(Repositories tx, Release release) {
    String root = release.rootDigest();
    if (root == null) {
      return new AuditStanding(
          false,
          "the release has no root digest yet: no check has verified its signature bundle, so"
              + " there is nothing an attestation could cover");
    }
    List<Engagement> engagements = Auditors.engagements(tx).listByRelease(release.id());
    List<Engagement> accepted =
        engagements.stream().filter(e -> e.status() == EngagementStatus.ACCEPTED).toList();
    if (engagements.isEmpty()) {
      return new AuditStanding(false, "no auditor has been engaged for this release");
    }
    if (accepted.isEmpty()) {
      return new AuditStanding(
          false,
          "no engagement was accepted ("
              + engagements.stream()
                  .map(e -> describe(tx, e))
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("")
              + ")");
    }
    ReleaseRef found = Lookups.release(tx, release.id());
    Instant now = tx.clock().instant();
    List<String> problems = new ArrayList<>();
    boolean passed = false;
    for (Engagement engagement : accepted) {
      String auditor = "auditor '" + Lookups.handle(tx, engagement.auditorId()) + "'";
      Auditor record = Auditors.auditors(tx).find(engagement.auditorId()).orElseThrow();
      Optional<Eligibility> ineligible = Eligibility.problem(tx, record, found.org(), now);
      if (ineligible.isPresent()) {
        problems.add(ineligible.get().message());
        continue;
      }
      List<AuditAttestation> filed =
          Auditors.attestations(tx).listByRelease(release.id()).stream()
              .filter(a -> a.engagementId().equals(engagement.id()))
              .sorted(Comparator.comparing(AuditAttestation::id))
              .toList();
      Optional<AuditAttestation> covering =
          filed.stream().filter(a -> a.rootDigest().equals(root)).reduce((a, b) -> b);
      if (covering.isEmpty()) {
        problems.add(
            filed.isEmpty()
                ? auditor + " has filed no attestation"
                : "the attestation of "
                    + auditor
                    + " is for another digest: it covers root digest "
                    + filed.get(filed.size() - 1).rootDigest()
                    + ", the release's root digest is now "
                    + root);
        continue;
      }
      if (Auditors.keys(tx).find(covering.get().keyId()).map(k -> k.isRevoked()).orElse(true)) {
        problems.add("the attestation of " + auditor + " was signed with a key revoked since");
        continue;
      }
      if (covering.get().result().equals("fail")) {
        return new AuditStanding(false, auditor + " attested that the audit failed");
      }
      passed = true;
    }
    return passed
        ? new AuditStanding(true, "")
        : new AuditStanding(false, String.join("; ", problems));
  }

  /**
   * {@code failures} with the reason added to an {@code audit_attestation} failure, so the refusal
   * says why no valid attestation covers the release.
   */
  public static List<GuardFailure> explained(
      Repositories tx, Release release, List<GuardFailure> failures) {
    if (failures.stream().noneMatch(f -> f.guard() == Guard.AUDIT_ATTESTATION)) {
      return failures;
    }
    return explained(failures, standing(tx, release));
  }

  /** {@code failures} explained with the release's {@code standing}, already read. */
  public static List<GuardFailure> explained(List<GuardFailure> failures, AuditStanding standing) {
    String problem = standing.problem();
    return failures.stream()
        .map(
            failure ->
                failure.guard() == Guard.AUDIT_ATTESTATION && !problem.isEmpty()
                    ? new GuardFailure(failure.guard(), failure.message() + ": " + problem)
                    : failure)
        .toList();
  }

  private static String describe(Repositories tx, Engagement engagement) {
    return "auditor '"
        + Lookups.handle(tx, engagement.auditorId())
        + "' "
        + engagement.status().code();
  }
}
