package dev.clearance.server.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * A disagreement found by a {@link StateCheck}.
 *
 * @param check the check's name
 * @param subject the row or log element concerned (a release id, {@code entry 12}, {@code node
 *     (3,1)}...)
 * @param problem what disagrees, in words
 * @param stored the value stored in the row, if the check compares values
 * @param logged the value the audit log records, if the check compares values
 * @param sequence the audit entry compared against, if any
 */
public record StateMismatch(
    String check,
    String subject,
    String problem,
    Optional<String> stored,
    Optional<String> logged,
    Optional<Long> sequence) {

  public StateMismatch {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(logged, "logged");
    Objects.requireNonNull(sequence, "sequence");
  }

  /** A mismatch without compared values. */
  static StateMismatch of(String check, String subject, String problem) {
    return new StateMismatch(
        check, subject, problem, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
