package dev.clearance.check;

/** How much a failed requirement matters; set per requirement and tier by the policy. */
public enum Severity {
  /** Release is blocked: {@code clearance check} exits 1. */
  BLOCKER,
  /** Reported, does not block. */
  WARNING,
  /** For information only. */
  INFO
}
