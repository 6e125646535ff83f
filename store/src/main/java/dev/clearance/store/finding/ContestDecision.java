package dev.clearance.store.finding;

import java.util.Locale;

/** A steward's decision on a contested response (REV-5). */
public enum ContestDecision {
  /** The response stands; the finding is resolved. */
  UPHELD,
  /** The contest is right; the organization must respond again. */
  SUSTAINED;

  /** The stored text, e.g. {@code upheld}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The decision stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static ContestDecision fromCode(String code) {
    for (ContestDecision decision : values()) {
      if (decision.code().equals(code)) {
        return decision;
      }
    }
    throw new IllegalArgumentException("unknown contest decision '" + code + "'");
  }
}
