package dev.clearance.store.evaluator;

import java.util.Locale;

/** The kind of a declared conflict of interest (REV-3). */
public enum ConflictKind {
  EMPLOYMENT,
  FUNDING,
  OWNERSHIP,
  /** Paid work for the party; the declaration carries the date of the engagement. */
  PAID_ENGAGEMENT,
  OTHER;

  /** The stored and wire text, e.g. {@code paid_engagement}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind written as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static ConflictKind fromCode(String code) {
    for (ConflictKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown conflict kind '"
            + code
            + "'; expected employment, funding, ownership, paid_engagement or other");
  }
}
