package dev.clearance.store.identity;

import java.util.Locale;

/** A role across the registry, granted per user (OPS-3, REV-3, REV-6). Anyone else is public. */
public enum GlobalRole {
  /** Runs the registry: vets evaluators, approves auditors, waives checks with a reason. */
  STEWARD,
  /** A vetted researcher who may be granted pre-release access. */
  EVALUATOR,
  /** An approved third-party auditor. */
  AUDITOR;

  /** The stored text, e.g. {@code steward}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static GlobalRole fromCode(String code) {
    for (GlobalRole role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + code + "'; expected steward, evaluator or auditor");
  }
}
