package dev.clearance.check;

/** How a requirement's topic is covered by the dossier. */
public enum Coverage {
  /** The information is there. */
  PRESENT,
  /** Something is there but not enough (a name without a number, a license tag without uses). */
  PARTIAL,
  /** The card says the information is unknown and why ("energy was not metered because …"). */
  DECLARED_UNKNOWN,
  /** The card says the thing does not exist ("no synthetic data was used"). */
  DECLARED_ABSENT,
  /** Nothing was found. */
  MISSING
}
