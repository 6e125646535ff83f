package dev.clearance.store.certification;

import java.util.Locale;

/** Where a certification stands (ACC-2); {@link Certification#isExpired} adds expiry. */
public enum CertificationStatus {
  /** The organization attested compliance; a steward has not decided yet. */
  REQUESTED,
  /** A steward certified the organization until the certification's end of validity. */
  CERTIFIED,
  /** A steward declined the request, with a reason. */
  DECLINED,
  /** A steward revoked the certification, with a reason. */
  REVOKED,
  /** The organization withdrew its request or its certification, with a reason. */
  WITHDRAWN;

  /** The stored and wire name, e.g. {@code certified}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a certification in this status keeps its organization's slot for the version. */
  public boolean isOpen() {
    return this == REQUESTED || this == CERTIFIED;
  }

  /**
   * The status named {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static CertificationStatus fromCode(String code) {
    for (CertificationStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown certification status '" + code + "'");
  }
}
