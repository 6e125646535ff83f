package dev.clearance.store.incident;

import java.util.Locale;

/** Where a reported incident stands (LIFE-2); overdue is worked out from its deadlines. */
public enum IncidentStatus {
  /** Reported; the releasing organization has not acknowledged it yet. */
  RECEIVED,
  /** The organization acknowledged it and confirmed or changed its severity. */
  ACKNOWLEDGED,
  /** The organization resolved it, saying what it did. */
  RESOLVED,
  /** The organization rejected it (for a dispute: the output stands), saying why. */
  REJECTED;

  /** The stored and wire name, e.g. {@code acknowledged}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the incident still waits for the organization. */
  public boolean isOpen() {
    return this == RECEIVED || this == ACKNOWLEDGED;
  }

  /**
   * The status named {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static IncidentStatus fromCode(String code) {
    for (IncidentStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown incident status '" + code + "'");
  }
}
