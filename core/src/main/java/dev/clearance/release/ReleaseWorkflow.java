package dev.clearance.release;

import dev.clearance.policy.Policy;
import dev.clearance.policy.TierRule;
import dev.clearance.tier.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a release action may be taken (REV-1, REV-2, REV-5, REV-6). The states and who
 * may act are fixed by {@link ReleaseAction}; the guards follow from the obligations of the
 * release's tier in the policy: {@code community-review} needs the tier's review window to have
 * elapsed by the server's clock, {@code third-party-audit} an attestation for the release, and
 * {@code staged-rollout} a completed staged rollout before general availability (a rollout that was
 * started must complete whatever the tier). Every release needs passing checks (or a steward's
 * waiver) to be submitted, reviewed and approved, answers to every finding before approval, and a
 * signed manifest before it is made public.
 *
 * <p>Pure and thread-safe: time comes in as an argument, facts from the caller.
 */
public final class ReleaseWorkflow {

  static final String THIRD_PARTY_AUDIT = "third-party-audit";
  static final String STAGED_ROLLOUT = "staged-rollout";

  private final Policy policy;

  public ReleaseWorkflow(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Decides {@code action} on a release described by {@code facts} at the server's time {@code
   * now}. Who is acting is checked by the caller against {@link ReleaseAction#actors()}.
   *
   * @param reason the reason given by the actor; blank counts as none
   */
  public TransitionOutcome decide(
      ReleaseAction action, ReleaseFacts facts, String reason, Instant now) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(now, "now");
    if (!action.from().contains(facts.state())) {
      return new TransitionOutcome.Refused(List.of(stateFailure(action, facts.state())));
    }
    TierRule tier = tierRule(facts.tier());
    List<GuardFailure> failures = new ArrayList<>();
    if (action.reasonRequired() && (reason == null || reason.isBlank())) {
      failures.add(new GuardFailure(Guard.REASON, action.wireName() + " needs a reason"));
    }
    switch (action) {
      case SUBMIT, START_REVIEW -> checksPass(facts, failures);
      case CLOSE_REVIEW -> windowElapsed(tier, facts, now, failures);
      case APPROVE -> {
        checksPass(facts, failures);
        windowElapsed(tier, facts, now, failures);
        findingsAnswered(facts, failures);
        if (auditRequired(facts.tier()) && !facts.auditAttested()) {
          failures.add(
              new GuardFailure(
                  Guard.AUDIT_ATTESTATION,
                  tier.tier()
                      + " requires a third-party audit; no valid attestation covers this"
                      + " release"));
        }
      }
      case RELEASE -> {
        windowElapsed(tier, facts, now, failures);
        if (!facts.manifestSigned()) {
          failures.add(
              new GuardFailure(
                  Guard.SIGNED_MANIFEST,
                  "the release has no signed manifest verified with an active key of its"
                      + " organization"));
        }
        stagedRollout(tier, facts, failures);
      }
      case REVERT -> {
        if (!facts.earlierReleaseExists()) {
          failures.add(
              new GuardFailure(
                  Guard.EARLIER_RELEASE, "no earlier version of this model was released"));
        }
      }
      case RETURN_TO_DRAFT, STAGE, DEPRECATE, RETRACT, SUPERSEDE -> {}
    }
    if (!failures.isEmpty()) {
      return new TransitionOutcome.Refused(failures);
    }
    Optional<ReviewWindow> started =
        action == ReleaseAction.START_REVIEW
            ? Optional.of(ReviewWindow.starting(now, tier.reviewWindowDays()))
            : Optional.empty();
    return new TransitionOutcome.Allowed(action.to(), started);
  }

  /**
   * The review window that counts for a release described by {@code facts}: the one a steward
   * started, ending later when the tier rose since it started (a new dossier) and the tier's window
   * is longer. Empty before a steward started it. The {@code review_window_elapsed} guard holds
   * once it has elapsed.
   *
   * @throws IllegalArgumentException when the policy has no rule for the facts' tier
   */
  public Optional<ReviewWindow> reviewWindow(ReleaseFacts facts) {
    Objects.requireNonNull(facts, "facts");
    TierRule tier = tierRule(facts.tier());
    return facts.window().map(window -> effectiveWindow(tier, window));
  }

  /**
   * True when the policy requires a third-party audit of releases of {@code tier} ({@link
   * Guard#AUDIT_ATTESTATION} at approval).
   *
   * @throws IllegalArgumentException when the policy has no rule for {@code tier}
   */
  public boolean auditRequired(Tier tier) {
    return tierRule(tier).obligations().contains(THIRD_PARTY_AUDIT);
  }

  private static ReviewWindow effectiveWindow(TierRule tier, ReviewWindow window) {
    ReviewWindow required = ReviewWindow.starting(window.start(), tier.reviewWindowDays());
    return window.end().isAfter(required.end()) ? window : required;
  }

  private TierRule tierRule(Tier tier) {
    return policy.tiers().stream()
        .filter(rule -> rule.tier() == tier)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "policy " + policy.id() + " " + policy.version() + " has no rule for " + tier));
  }

  private static GuardFailure stateFailure(ReleaseAction action, ReleaseState state) {
    List<String> allowed = action.from().stream().map(ReleaseState::wireName).toList();
    return new GuardFailure(
        Guard.STATE,
        "cannot "
            + action.wireName()
            + " a release that is "
            + state.wireName()
            + "; allowed from: "
            + String.join(", ", allowed));
  }

  private static void checksPass(ReleaseFacts facts, List<GuardFailure> failures) {
    if (!facts.checksPassed() && !facts.checksWaived()) {
      failures.add(
          new GuardFailure(
              Guard.CHECKS_PASS, "the latest check report has blocking failures and no waiver"));
    }
  }

  private static void windowElapsed(
      TierRule tier, ReleaseFacts facts, Instant now, List<GuardFailure> failures) {
    int days = tier.reviewWindowDays();
    if (facts.window().isEmpty()) {
      if (days > 0) {
        failures.add(
            new GuardFailure(
                Guard.REVIEW_WINDOW_ELAPSED,
                tier.tier()
                    + " needs a "
                    + days
                    + "-day community review; the window has not been started by a steward"));
      }
      return;
    }
    ReviewWindow window = facts.window().get();
    Instant end = effectiveWindow(tier, window).end();
    if (now.isBefore(end)) {
      failures.add(
          new GuardFailure(
              Guard.REVIEW_WINDOW_ELAPSED,
              "the review window started "
                  + window.start()
                  + " and ends "
                  + end
                  + " ("
                  + days
                  + " days for "
                  + tier.tier()
                  + "); the server's time is "
                  + now));
    }
  }

  private static void findingsAnswered(ReleaseFacts facts, List<GuardFailure> failures) {
    if (facts.unansweredFindings() > 0) {
      failures.add(
          new GuardFailure(
              Guard.FINDINGS_ANSWERED,
              facts.unansweredFindings() + " finding(s) have no response from the organization"));
    }
    if (facts.contestedResponses() > 0) {
      failures.add(
          new GuardFailure(
              Guard.NO_CONTESTED_RESPONSES,
              facts.contestedResponses() + " response(s) are contested and await a steward"));
    }
  }

  private static void stagedRollout(
      TierRule tier, ReleaseFacts facts, List<GuardFailure> failures) {
    if (facts.state() != ReleaseState.STAGED) {
      if (tier.obligations().contains(STAGED_ROLLOUT)) {
        failures.add(
            new GuardFailure(
                Guard.STAGED_ROLLOUT,
                tier.tier() + " requires a staged rollout before general availability"));
      }
    } else if (!facts.rolloutComplete()) {
      // A rollout once started runs its stages, whether or not the tier requires one.
      failures.add(
          new GuardFailure(
              Guard.STAGED_ROLLOUT, "the staged rollout has not completed its last stage"));
    }
  }
}
