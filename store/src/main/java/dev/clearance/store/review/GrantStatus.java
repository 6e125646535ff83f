package dev.clearance.store.review;

import java.util.Locale;

/** Where an evaluator's access grant stands (REV-3). */
public enum GrantStatus {
  /** The evaluator asked for access; the organization has not decided. */
  REQUESTED,
  /** Access granted until the grant's expiry. */
  ACTIVE,
  /** The organization declined the request. */
  DECLINED,
  /** The organization or a steward ended the access before its expiry. */
  REVOKED,
  /** The grant ran out; stored when a newer request replaces it. */
  EXPIRED;

  /** The stored text, e.g. {@code active}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static GrantStatus fromCode(String code) {
    for (GrantStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown grant status '" + code + "'");
  }
}
