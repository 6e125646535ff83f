package dev.clearance.artifacts.signing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking an audit attestation offline ({@link AuditVerifier}). Verified exactly
 * when there are no problems.
 *
 * @param predicate the attested predicate, when the signature verified and it is an audit predicate
 * @param problems what failed, one sentence each (bad signature, another model, a failed audit, a
 *     report that is not the attested one)
 * @param confirmed what was checked and matched
 */
public record AuditVerification(
    Optional<AuditPredicate> predicate, List<String> problems, List<String> confirmed) {

  public AuditVerification {
    Objects.requireNonNull(predicate, "predicate");
    problems = List.copyOf(problems);
    confirmed = List.copyOf(confirmed);
  }

  /** Whether everything matched. */
  public boolean verified() {
    return problems.isEmpty();
  }
}
