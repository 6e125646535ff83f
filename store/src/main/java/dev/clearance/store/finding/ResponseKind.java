package dev.clearance.store.finding;

import java.util.Locale;

/** The organization's answer to a finding (REV-5). */
public enum ResponseKind {
  /** Something changed: what, in which version, with evidence. */
  MITIGATED,
  /** The risk is accepted, with a rationale. */
  ACCEPTED_RISK,
  /** The finding is disputed, with a rationale. */
  DISPUTED;

  /** The stored and API text, e.g. {@code accepted_risk}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind called {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static ResponseKind fromCode(String code) {
    for (ResponseKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown response kind '" + code + "'");
  }
}
