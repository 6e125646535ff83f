package dev.clearance.store.auditor;

import java.util.Locale;

/** Where a steward's approval of an audit firm or an auditor stands (REV-6). */
public enum ApprovalStatus {
  /** Approved: may take engagements and file attestations. */
  ACTIVE,
  /** Paused by a steward with a reason; may be reinstated. */
  SUSPENDED,
  /** Withdrawn by a steward with a reason; final. */
  REVOKED;

  /** The stored and API text, e.g. {@code suspended}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code, naming the known ones
   */
  public static ApprovalStatus fromCode(String code) {
    for (ApprovalStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "unknown status '"
            + String.valueOf(code).replaceAll("\\p{Cntrl}", "?")
            + "'; expected active, suspended or revoked");
  }
}
