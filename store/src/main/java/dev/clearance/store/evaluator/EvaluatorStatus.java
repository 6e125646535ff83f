package dev.clearance.store.evaluator;

import java.util.Locale;

/**
 * Where an evaluator application stands (REV-3). {@link #PENDING}, {@link #VETTED} and {@link
 * #SUSPENDED} are open: a user has at most one open application. The others are final for that
 * application; the user may apply again.
 */
public enum EvaluatorStatus {
  /** Submitted, waiting for a steward. */
  PENDING,
  /** Approved by a steward: the user holds the evaluator role. */
  VETTED,
  /** Refused by a steward with a reason. */
  REJECTED,
  /** Vetted, then suspended by a steward: the role does not work until reinstated. */
  SUSPENDED,
  /** Vetted, then revoked by a steward for good; only a new approved application restores it. */
  REVOKED,
  /** Withdrawn by the applicant before a decision. */
  WITHDRAWN;

  /** The stored and wire text, e.g. {@code pending}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the application still binds the user (pending, vetted or suspended). */
  public boolean isOpen() {
    return this == PENDING || this == VETTED || this == SUSPENDED;
  }

  /**
   * The status stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static EvaluatorStatus fromCode(String code) {
    for (EvaluatorStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "unknown evaluator status '"
            + code
            + "'; expected pending, vetted, rejected, suspended, revoked or withdrawn");
  }
}
