package dev.clearance.release;

import java.util.Locale;

/**
 * A condition that must hold before a release action is taken (REV-1, REV-2, REV-5, REV-6). Which
 * guards apply to an action follows from the obligations of the release's tier in the policy; see
 * {@link ReleaseWorkflow}.
 */
public enum Guard {
  /** The action is not possible from the release's current state. */
  STATE("Take one of the actions allowed from the current state."),
  /** A written reason is required for this action. */
  REASON("Give a reason: it is recorded in the audit log and shown with the release."),
  /** The latest check report must pass, or a steward must waive its failures. */
  CHECKS_PASS(
      "Fix the failed requirements and upload the dossier again (run `clearance check` locally"
          + " first), or ask a steward for a waiver with a reason."),
  /** The community review window of the tier must have elapsed by the server's clock. */
  REVIEW_WINDOW_ELAPSED("Wait until the review window ends; the server's clock decides."),
  /** Every finding must have a response from the organization. */
  FINDINGS_ANSWERED("Respond to every open finding: mitigated, accepted risk or disputed."),
  /** No response may be contested by its evaluator and still wait for a steward's decision. */
  NO_CONTESTED_RESPONSES("A steward must decide the contested responses first."),
  /** A third-party audit attestation must cover this exact release (its root digest). */
  AUDIT_ATTESTATION(
      "An approved auditor without conflicts must file a signed attestation for this release's"
          + " root digest."),
  /**
   * The release must have a signed content manifest that the registry verified with a key of the
   * releasing organization (ART-2, ACC-4).
   */
  SIGNED_MANIFEST(
      "Sign the model folder with `clearance sign` using a key registered for the organization,"
          + " upload the bundle as model.sig and run the check again: the registry verifies it,"
          + " and adopters verify the release with `clearance verify`."),
  /** The tier requires a staged rollout before general availability. */
  STAGED_ROLLOUT(
      "Start a staged rollout first, and release when its last stage has run its minimum"
          + " duration."),
  /** Reverting needs an earlier released version of the same model to go back to. */
  EARLIER_RELEASE("Release an earlier version first; there is nothing to revert to.");

  private final String hint;

  Guard(String hint) {
    this.hint = hint;
  }

  /** What to do so that the guard holds. */
  public String hint() {
    return hint;
  }

  /** The code used in API error bodies ({@code review_window_elapsed}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for guards a steward may waive with a reason; only failed checks can be waived. */
  public boolean waivable() {
    return this == CHECKS_PASS;
  }
}
