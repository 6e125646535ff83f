package dev.clearance.release;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answer of {@link ReleaseWorkflow#decide}: the action may be taken, or why it may not. */
public sealed interface TransitionOutcome {

  /**
   * The action may be taken.
   *
   * @param to the state the release moves to
   * @param startedWindow the review window that starts with this action ({@link
   *     ReleaseAction#START_REVIEW})
   */
  record Allowed(ReleaseState to, Optional<ReviewWindow> startedWindow)
      implements TransitionOutcome {
    public Allowed {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(startedWindow, "startedWindow");
    }
  }

  /** The action was refused; every guard that did not hold is listed, in the order checked. */
  record Refused(List<GuardFailure> failures) implements TransitionOutcome {
    public Refused {
      failures = List.copyOf(failures);
      if (failures.isEmpty()) {
        throw new IllegalArgumentException("a refusal names at least one failed guard");
      }
    }
  }
}
