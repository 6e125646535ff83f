package dev.clearance.store.auditor;

import java.util.Locale;

/**
 * A kind of conflict of interest an auditor or firm declares toward an organization (REV-6).
 * Ownership, funding and employment count for as long as they are declared; a paid engagement
 * counts until twelve months after it ended ({@link ConflictDeclaration#countsAt}).
 */
public enum ConflictKind {
  /** The auditor or firm owns part of the organization. */
  OWNERSHIP,
  /** The auditor or firm funds, or is funded by, the organization. */
  FUNDING,
  /** The auditor is, or a firm's staff are, employed by the organization. */
  EMPLOYMENT,
  /** The auditor or firm did paid work for the organization (with the day it ended). */
  PAID_ENGAGEMENT;

  /** The stored and API text, e.g. {@code paid_engagement}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind in words for messages, e.g. {@code paid engagement}. */
  public String words() {
    return code().replace('_', ' ');
  }

  /**
   * The kind stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code, naming the known ones
   */
  public static ConflictKind fromCode(String code) {
    for (ConflictKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown conflict kind '"
            + String.valueOf(code).replaceAll("\\p{Cntrl}", "?")
            + "'; expected ownership, funding, employment or paid_engagement");
  }
}
