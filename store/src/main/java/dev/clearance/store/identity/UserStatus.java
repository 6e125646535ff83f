package dev.clearance.store.identity;

import java.util.Locale;

/** Whether a user may sign in and use tokens. */
public enum UserStatus {
  /** May sign in. */
  ACTIVE,
  /** Blocked by a steward; tokens and sessions are refused. */
  DISABLED;

  /** The stored text, e.g. {@code active}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static UserStatus fromCode(String code) {
    for (UserStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown user status '" + code + "'");
  }
}
