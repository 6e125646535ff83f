package dev.clearance.release;

import dev.clearance.tier.Tier;
import java.util.Objects;
import java.util.Optional;

/**
 * What the registry knows about a release when an action is requested; the input of {@link
 * ReleaseWorkflow#decide}. The server gathers it from its store.
 *
 * @param tier the tier of the latest check report
 * @param checksPassed true when the latest check report has no blocking failure
 * @param checksWaived true when a steward waived the failures of the latest check report
 * @param window the review window, once a steward started it
 * @param unansweredFindings findings without a response from the organization
 * @param contestedResponses responses contested by their evaluator and not yet decided
 * @param auditAttested true when a valid attestation covers this release's root digest
 * @param manifestSigned true when the release has a signed content manifest
 * @param rolloutComplete true when the staged rollout has run its last stage's minimum duration
 * @param earlierReleaseExists true when an earlier version of the model was released
 */
public record ReleaseFacts(
    ReleaseState state,
    Tier tier,
    boolean checksPassed,
    boolean checksWaived,
    Optional<ReviewWindow> window,
    int unansweredFindings,
    int contestedResponses,
    boolean auditAttested,
    boolean manifestSigned,
    boolean rolloutComplete,
    boolean earlierReleaseExists) {

  public ReleaseFacts {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(window, "window");
    if (unansweredFindings < 0 || contestedResponses < 0) {
      throw new IllegalArgumentException("finding counts must be >= 0");
    }
  }
}
