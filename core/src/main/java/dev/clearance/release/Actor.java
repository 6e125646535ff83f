package dev.clearance.release;

/** Who may take a release action: the releasing organization, a steward, or the server itself. */
public enum Actor {
  RELEASER,
  STEWARD,
  SYSTEM
}
