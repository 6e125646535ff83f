package dev.clearance.server.evaluator;

import static dev.clearance.store.evaluator.EvaluatorStatus.PENDING;
import static dev.clearance.store.evaluator.EvaluatorStatus.SUSPENDED;
import static dev.clearance.store.evaluator.EvaluatorStatus.VETTED;

import dev.clearance.store.evaluator.EvaluatorStatus;
import java.util.Set;

/**
 * A decision on an evaluator application (REV-3): from which statuses it may be taken, the status
 * it sets, whether it needs a reason, and who takes it. Each is the audit action {@code
 * evaluator.<verb>}.
 */
enum Decision {
  APPROVE("approve", Set.of(PENDING), VETTED, false, true, Hints.DECIDED),
  REJECT("reject", Set.of(PENDING), EvaluatorStatus.REJECTED, true, true, Hints.DECIDED),
  SUSPEND(
      "suspend",
      Set.of(VETTED),
      SUSPENDED,
      true,
      true,
      "Only vetted evaluators can be suspended; a suspended one can be reinstated or revoked."),
  REINSTATE(
      "reinstate",
      Set.of(SUSPENDED),
      VETTED,
      false,
      true,
      "Only suspended evaluators can be reinstated; after a revocation or rejection the user"
          + " applies again."),
  REVOKE(
      "revoke",
      Set.of(VETTED, SUSPENDED),
      EvaluatorStatus.REVOKED,
      true,
      true,
      "Only vetted or suspended evaluators can be revoked."),
  WITHDRAW(
      "withdraw",
      Set.of(PENDING),
      EvaluatorStatus.WITHDRAWN,
      false,
      false,
      "Only pending applications can be withdrawn; to stop being an evaluator, ask a steward to"
          + " revoke the role.");

  /** Hints shared by several decisions (enum constants cannot use the enum's own constants). */
  private static final class Hints {
    static final String DECIDED =
        "The application was decided already. Later decisions on an evaluator are suspend,"
            + " reinstate and revoke (POST /api/v1/evaluators/{user}/<decision>).";
  }

  private final String verb;
  private final Set<EvaluatorStatus> from;
  private final EvaluatorStatus to;
  private final boolean reasonRequired;
  private final boolean bySteward;
  private final String refusalHint;

  Decision(
      String verb,
      Set<EvaluatorStatus> from,
      EvaluatorStatus to,
      boolean reasonRequired,
      boolean bySteward,
      String refusalHint) {
    this.refusalHint = refusalHint;
    this.verb = verb;
    this.from = from;
    this.to = to;
    this.reasonRequired = reasonRequired;
    this.bySteward = bySteward;
  }

  /** The verb in paths and the audit action, e.g. {@code approve}. */
  String verb() {
    return verb;
  }

  /** The audit action, e.g. {@code evaluator.approve}. */
  String action() {
    return "evaluator." + verb;
  }

  /** Whether an application with {@code status} can take this decision. */
  boolean appliesTo(EvaluatorStatus status) {
    return from.contains(status);
  }

  /** The statuses this decision can be taken from, for messages, e.g. {@code "vetted"}. */
  String fromDescription() {
    return from.stream()
        .map(EvaluatorStatus::code)
        .sorted()
        .reduce((first, second) -> first + " or " + second)
        .orElseThrow();
  }

  EvaluatorStatus to() {
    return to;
  }

  boolean reasonRequired() {
    return reasonRequired;
  }

  /** What to do instead when the application's status does not allow this decision. */
  String refusalHint() {
    return refusalHint;
  }

  /** True for stewards' decisions, false for the applicant's withdrawal. */
  boolean bySteward() {
    return bySteward;
  }
}
