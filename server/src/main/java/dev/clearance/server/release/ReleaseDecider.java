package dev.clearance.server.release;

import dev.clearance.policy.Policy;
import dev.clearance.release.Guard;
import dev.clearance.release.GuardFailure;
import dev.clearance.release.ReleaseAction;
import dev.clearance.release.ReleaseFacts;
import dev.clearance.release.ReleaseWorkflow;
import dev.clearance.release.ReviewWindow;
import dev.clearance.release.TransitionOutcome;
import dev.clearance.server.auditor.AuditEngagements;
import dev.clearance.server.auditor.AuditStanding;
import dev.clearance.server.finding.FindingFacts;
import dev.clearance.server.rollout.RolloutTransitions;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides release actions on one release the way {@code POST …/transitions} does (REV-1, REV-2,
 * REV-5, REV-6): what the store knows of the release is read once ({@link ReleaseFactsGatherer}),
 * then each action is decided by {@link ReleaseWorkflow} on those facts and the server's time, plus
 * the check report being current and the rollout's entry criteria. Refusals come as {@link
 * Blocker}s with the API's texts. Deciding only reads: the transition endpoint applies an allowed
 * action itself, the actions endpoint and the dashboard only show the outcome.
 */
public final class ReleaseDecider {

  /** Actions whose guards need a current check report (the tier and the checks' outcome). */
  private static final Set<ReleaseAction> NEED_REPORT =
      EnumSet.of(
          ReleaseAction.SUBMIT,
          ReleaseAction.START_REVIEW,
          ReleaseAction.CLOSE_REVIEW,
          ReleaseAction.APPROVE,
          ReleaseAction.STAGE,
          ReleaseAction.RELEASE);

  /** The outcome of deciding one action. */
  public sealed interface Decision {

    /** The action may be taken; {@code outcome} says where it leads. */
    record Allowed(TransitionOutcome.Allowed outcome) implements Decision {}

    /** The action may not be taken now, for every reason listed (at least one). */
    record Refused(List<Blocker> blockers) implements Decision {
      public Refused {
        blockers = List.copyOf(blockers);
        if (blockers.isEmpty()) {
          throw new IllegalArgumentException("a refusal names at least one blocker");
        }
      }
    }
  }

  private final Repositories tx;
  private final ReleaseRef ref;
  private final Optional<String> reportProblem;
  private final Policy policy;
  private final ReleaseFacts facts;
  private final Instant now;
  private final boolean explainAudit;
  private Map<Guard, Map<String, Object>> findingDetails;
  private AuditStanding auditStanding;

  private ReleaseDecider(
      Repositories tx,
      ReleaseRef ref,
      Optional<String> reportProblem,
      Policy policy,
      ReleaseFacts facts,
      Instant now,
      boolean explainAudit) {
    this.tx = tx;
    this.ref = ref;
    this.reportProblem = reportProblem;
    this.policy = policy;
    this.facts = facts;
    this.now = now;
    this.explainAudit = explainAudit;
  }

  /**
   * Reads what deciding needs about {@code ref}'s release in {@code tx}, to decide at the server's
   * time {@code now}.
   *
   * @param explainAudit whether a refused audit attestation says why no attestation counts (which
   *     names the engaged auditors): true only for callers with a right to the organization's
   *     pre-release material ({@link ReleaseVisibility#hasPreReleaseRight})
   */
  public static ReleaseDecider of(
      Repositories tx,
      ReleaseRef ref,
      ReleasePolicies policies,
      Instant now,
      boolean explainAudit) {
    Release release = ref.release();
    Optional<StoredCheckReport> report = tx.checkReports().latest(release.id());
    List<ReleaseFile> files = tx.releaseFiles().listByRelease(release.id());
    Policy policy = policies.of(report);
    return new ReleaseDecider(
        tx,
        ref,
        ReleaseFactsGatherer.reportProblem(release, report, files),
        policy,
        ReleaseFactsGatherer.gather(tx, release, report, files, policy),
        now,
        explainAudit);
  }

  public ReleaseRef ref() {
    return ref;
  }

  /** The policy that governs the release (that of its latest check report). */
  public Policy policy() {
    return policy;
  }

  /** The facts the decisions are made on. */
  public ReleaseFacts facts() {
    return facts;
  }

  /** The server's time the decisions are made at. */
  public Instant now() {
    return now;
  }

  /** The review window that counts, once a steward started it ({@link ReleaseWorkflow}). */
  public Optional<ReviewWindow> reviewWindow() {
    return new ReleaseWorkflow(policy).reviewWindow(facts);
  }

  /**
   * Decides {@code action} with {@code reason} (null or blank for none). Who is acting is not
   * checked here ({@link ActorRule}).
   */
  public Decision decide(ReleaseAction action, String reason) {
    Objects.requireNonNull(action, "action");
    if (reportProblem.isPresent()
        && NEED_REPORT.contains(action)
        && action.from().contains(facts.state())) {
      return new Decision.Refused(
          List.of(
              new Blocker(
                  Guard.CHECKS_PASS.code(),
                  reportProblem.get(),
                  "Run the checker on the uploaded files (POST …/releases/"
                      + ref.release().versionLabel()
                      + "/check), fix what fails, then repeat the action.")));
    }
    return switch (new ReleaseWorkflow(policy).decide(action, facts, reason, now)) {
      case TransitionOutcome.Refused refused -> new Decision.Refused(blockers(refused.failures()));
      case TransitionOutcome.Allowed allowed -> {
        List<String> rolloutBlockers = RolloutTransitions.blockers(action, policy, facts, now);
        yield rolloutBlockers.isEmpty()
            ? new Decision.Allowed(allowed)
            : new Decision.Refused(
                rolloutBlockers.stream()
                    .map(
                        blocker ->
                            new Blocker(
                                Guard.STAGED_ROLLOUT.code(), blocker, Guard.STAGED_ROLLOUT.hint()))
                    .toList());
      }
    };
  }

  /** Whether a valid audit attestation covers the release now, and why not (read once). */
  public AuditStanding auditStanding() {
    if (auditStanding == null) {
      auditStanding = AuditEngagements.standing(tx, ref.release());
    }
    return auditStanding;
  }

  private List<Blocker> blockers(List<GuardFailure> failures) {
    boolean auditFailed = failures.stream().anyMatch(f -> f.guard() == Guard.AUDIT_ATTESTATION);
    List<GuardFailure> explained =
        explainAudit && auditFailed
            ? AuditEngagements.explained(failures, auditStanding())
            : failures;
    return explained.stream()
        .map(
            failure ->
                new Blocker(
                    failure.guard().code(),
                    failure.message(),
                    failure.hint(),
                    details(failure.guard())))
        .toList();
  }

  /**
   * What a guard found, as data: the findings behind {@code findings_answered} and {@code
   * no_contested_responses}, the end of the window and the days left for {@code
   * review_window_elapsed}.
   */
  private Map<String, Object> details(Guard guard) {
    return switch (guard) {
      case FINDINGS_ANSWERED, NO_CONTESTED_RESPONSES -> {
        if (findingDetails == null) {
          findingDetails = FindingFacts.guardDetails(tx, ref.release());
        }
        yield findingDetails.get(guard);
      }
      case REVIEW_WINDOW_ELAPSED ->
          reviewWindow()
              .map(
                  window ->
                      Map.<String, Object>of(
                          "endsAt", Times.iso(window.end()), "daysLeft", window.daysLeft(now)))
              .orElse(null);
      default -> null;
    };
  }
}
