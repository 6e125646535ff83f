package dev.clearance.store.auditor;

import java.util.Locale;

/** Who a declared conflict of interest binds: one auditor, or a whole audit firm (REV-6). */
public enum ConflictParty {
  /** The declaring auditor personally. */
  AUDITOR,
  /** The auditor's firm, and so every auditor of it. */
  FIRM;

  /** The stored and API text: {@code auditor} or {@code firm}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The party stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static ConflictParty fromCode(String code) {
    for (ConflictParty party : values()) {
      if (party.code().equals(code)) {
        return party;
      }
    }
    throw new IllegalArgumentException(
        "unknown party '"
            + String.valueOf(code).replaceAll("\\p{Cntrl}", "?")
            + "'; expected auditor or firm");
  }
}
