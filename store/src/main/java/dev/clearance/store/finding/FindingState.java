package dev.clearance.store.finding;

import java.util.Locale;

/** Where a finding stands in the organization's answer to it (REV-5). */
public enum FindingState {
  /** No current response: the organization must respond by the finding's deadline. */
  OPEN,
  /** The organization responded; the evaluator may contest once within the contest period. */
  ANSWERED,
  /** The evaluator contested the response; a steward decides. */
  CONTESTED,
  /** A steward upheld the contested response. */
  RESOLVED;

  /** The stored text, e.g. {@code open}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The state stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static FindingState fromCode(String code) {
    for (FindingState state : values()) {
      if (state.code().equals(code)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown finding state '" + code + "'");
  }
}
