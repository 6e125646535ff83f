package dev.clearance.release;

import java.util.Objects;

/**
 * A guard that did not hold, with what was found and what to do.
 *
 * @param message what was found, e.g. "the review window ends on 2026-12-27T10:00:00Z (30 days)"
 */
public record GuardFailure(Guard guard, String message) {

  public GuardFailure {
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(message, "message");
  }

  /** What to do so that the guard holds. */
  public String hint() {
    return guard.hint();
  }
}
