package dev.clearance.store.evaluator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's application to become a vetted evaluator (REV-3), with the latest decision on it.
 *
 * @param expertise areas of expertise, in the order given
 * @param statement the applicant's statement of purpose
 * @param conflicts the declared conflicts of interest, in the order given (may be empty)
 * @param decidedBy the user id of who took the latest decision (a steward, or the applicant for a
 *     withdrawal), or {@code null} while pending
 * @param decidedAt when, or {@code null} while pending
 * @param decisionReason the reason given with the latest decision, or {@code null}
 * @param version optimistic-concurrency version, 1 when submitted
 */
public record EvaluatorApplication(
    String id,
    String userId,
    String affiliation,
    List<String> expertise,
    String statement,
    List<DeclaredConflict> conflicts,
    EvaluatorStatus status,
    Instant submittedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    long version) {

  /** Checks that no required field is missing and copies the lists. */
  public EvaluatorApplication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    expertise = List.copyOf(expertise);
    conflicts = List.copyOf(conflicts);
  }

  /** The same application with {@code conflicts}. */
  EvaluatorApplication withConflicts(List<DeclaredConflict> declared) {
    return new EvaluatorApplication(
        id,
        userId,
        affiliation,
        expertise,
        statement,
        declared,
        status,
        submittedAt,
        decidedBy,
        decidedAt,
        decisionReason,
        version);
  }
}
