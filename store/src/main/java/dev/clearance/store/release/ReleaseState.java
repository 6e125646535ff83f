package dev.clearance.store.release;

import java.util.Locale;

/**
 * The states of a release (REV-1). Which transitions are allowed is decided by the server's state
 * machine; the store only records them.
 */
public enum ReleaseState {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  AWAITING_RESPONSES,
  APPROVED,
  STAGED,
  RELEASED,
  DEPRECATED,
  RETRACTED,
  SUPERSEDED,
  REVERTED;

  /** The stored text, e.g. {@code in_review}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The state stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static ReleaseState fromCode(String code) {
    for (ReleaseState state : values()) {
      if (state.code().equals(code)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown release state '" + code + "'");
  }
}
