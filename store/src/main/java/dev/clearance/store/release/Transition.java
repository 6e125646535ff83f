package dev.clearance.store.release;

import dev.clearance.release.ReleaseState;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a release's state, as history.
 *
 * @param actorId the user who caused it, or {@code null} for the server itself (e.g. a job)
 * @param reason free text, or {@code null}
 */
public record Transition(
    String id,
    String releaseId,
    ReleaseState from,
    ReleaseState to,
    String actorId,
    String reason,
    Instant at) {

  /** Checks that no required field is missing. */
  public Transition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
  }
}
