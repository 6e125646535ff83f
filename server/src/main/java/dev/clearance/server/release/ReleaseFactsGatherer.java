package dev.clearance.server.release;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.policy.Policy;
import dev.clearance.release.Guard;
import dev.clearance.release.ReleaseFacts;
import dev.clearance.release.ReleaseState;
import dev.clearance.release.ReviewWindow;
import dev.clearance.release.Rollout;
import dev.clearance.release.RolloutPosition;
import dev.clearance.server.auditor.AuditEngagements;
import dev.clearance.server.finding.FindingFacts;
import dev.clearance.server.http.Json;
import dev.clearance.server.rollout.RolloutPositions;
import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import dev.clearance.store.signing.BundleVerification;
import dev.clearance.tier.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Gathers what {@link dev.clearance.release.ReleaseWorkflow#decide} needs to know about a release
 * from the store ({@link ReleaseFacts}): tier and passed flag from the latest check report, the
 * steward's waiver, the review window, whether the latest check verified a signature bundle with an
 * active key of the release's organization, whether a staged rollout may reach general availability
 * and whether an earlier version was released.
 */
public final class ReleaseFactsGatherer {

  private ReleaseFactsGatherer() {}

  /** Findings and attestation facts; see {@link #reviewFacts}. */
  private record ReviewFacts(int unansweredFindings, int contestedResponses, boolean attested) {}

  /**
   * Why the latest check report cannot vouch for the dossier as it is: there is none, or files were
   * uploaded since (the {@link CheckedFilesDigest} differs). Empty when the report is current.
   */
  static Optional<String> reportProblem(
      Release release, Optional<StoredCheckReport> report, List<ReleaseFile> files) {
    if (report.isEmpty()) {
      return Optional.of("the release has no check report yet");
    }
    String current = CheckedFilesDigest.of(files);
    if (!current.equals(report.get().filesDigest())) {
      return Optional.of(
          "the dossier changed since the latest check (files digest "
              + report.get().filesDigest()
              + " when checked, now "
              + current
              + ")");
    }
    return Optional.empty();
  }

  /**
   * Whether the latest check verified a signature bundle with a key of the release's organization
   * that is still active (ART-2, ACC-4): what the {@code signed_manifest} guard needs.
   */
  static boolean signed(Repositories tx, Release release, Optional<StoredCheckReport> report) {
    if (report.isEmpty()) {
      return false;
    }
    Optional<BundleVerification> verification =
        SigningKeys.verifications(tx).findByCheckReport(report.get().id());
    if (verification.isEmpty()) {
      return false;
    }
    String orgId = tx.models().find(release.modelId()).orElseThrow().orgId();
    return SigningKeys.keys(tx)
        .find(verification.get().keyId())
        .filter(key -> key.orgId().equals(orgId) && !key.isRevoked())
        .isPresent();
  }

  /**
   * The facts of {@code release}. Without a report the tier is taken as Tier 1: only actions that
   * need no report (return to draft, retract) are decided then; the caller refuses the others.
   */
  public static ReleaseFacts gather(
      Repositories tx,
      Release release,
      Optional<StoredCheckReport> report,
      List<ReleaseFile> files,
      Policy policy) {
    Tier tier = report.map(ReleaseFactsGatherer::tierOf).orElse(Tier.T1);
    boolean passed = report.map(StoredCheckReport::passed).orElse(false);
    boolean waived = tx.waivers().find(release.id(), Guard.CHECKS_PASS.code()).isPresent();
    Optional<ReviewWindow> window =
        release.windowStartedAt() == null || release.windowEndsAt() == null
            ? Optional.empty()
            : Optional.of(new ReviewWindow(release.windowStartedAt(), release.windowEndsAt()));
    boolean signed = signed(tx, release, report);
    ReviewFacts review = reviewFacts(tx, release);
    ReleaseFacts facts =
        new ReleaseFacts(
            release.state(),
            tier,
            passed,
            waived,
            window,
            review.unansweredFindings(),
            review.contestedResponses(),
            review.attested(),
            signed,
            false,
            EarlierRelease.find(tx, release).isPresent());
    return withRollout(tx, release, facts, policy);
  }

  /**
   * {@code facts} with {@code rolloutComplete} decided: the release is staged and its rollout may
   * reach general availability now ({@link Rollout#complete}).
   */
  private static ReleaseFacts withRollout(
      Repositories tx, Release release, ReleaseFacts facts, Policy policy) {
    if (release.state() != ReleaseState.STAGED) {
      return facts;
    }
    Optional<RolloutPosition> position = RolloutPositions.current(tx, release);
    boolean complete =
        position.isPresent()
            && Rollout.of(policy).complete(position.get(), facts, tx.clock().instant());
    return new ReleaseFacts(
        facts.state(),
        facts.tier(),
        facts.checksPassed(),
        facts.checksWaived(),
        facts.window(),
        facts.unansweredFindings(),
        facts.contestedResponses(),
        facts.auditAttested(),
        facts.manifestSigned(),
        complete,
        facts.earlierReleaseExists());
  }

  /**
   * Community review and audit facts: findings without a current response and contested responses
   * ({@link FindingFacts}, REV-5), and whether a valid attestation covers the release: from its
   * audit engagements ({@link AuditEngagements#standing}), a verified, non-failing attestation of
   * an accepted, unconflicted engagement for the release's current root digest.
   */
  private static ReviewFacts reviewFacts(Repositories tx, Release release) {
    return new ReviewFacts(
        FindingFacts.unanswered(tx, release),
        FindingFacts.contested(tx, release),
        AuditEngagements.standing(tx, release).attested());
  }

  private static Tier tierOf(StoredCheckReport report) {
    try {
      JsonNode tier = Json.mapper().readTree(report.reportJson()).path("tier").path("tier");
      return Tier.of(tier.asInt());
    } catch (IOException e) {
      throw new UncheckedIOException("stored check report " + report.id() + " is not JSON", e);
    }
  }
}
