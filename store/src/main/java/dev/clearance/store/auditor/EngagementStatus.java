package dev.clearance.store.auditor;

import java.util.Locale;

/** Where an engagement of an auditor for a release stands (REV-6). */
public enum EngagementStatus {
  /** The releasing organization asked; the auditor has not answered. */
  REQUESTED,
  /** The auditor accepted: they may see the release's pre-release material and attest. */
  ACCEPTED,
  /** The auditor declined. */
  DECLINED,
  /**
   * The auditor withdrew after accepting, before the release was approved: they no longer see the
   * release's pre-release material, and their attestations no longer count for it.
   */
  WITHDRAWN;

  /** The stored and API text, e.g. {@code accepted}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static EngagementStatus fromCode(String code) {
    for (EngagementStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown engagement status '" + code + "'");
  }
}
