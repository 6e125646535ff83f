package dev.clearance.store.identity;

import java.util.Locale;

/** A member's role inside one organization (OPS-3). */
public enum OrgRole {
  /** Creates models and releases, uploads dossiers, answers findings. */
  RELEASER,
  /** A releaser who also manages the organization's members. */
  ADMIN;

  /** The stored text, e.g. {@code releaser}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static OrgRole fromCode(String code) {
    for (OrgRole role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown organization role '" + code + "'; expected releaser or admin");
  }
}
