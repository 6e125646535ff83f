package dev.clearance.server.route;

/**
 * Registry-wide roles (OPS-3). Membership of an organization (releaser) is held per organization in
 * {@link Principal#memberships()}; the public needs no role.
 */
public enum Role {
  STEWARD,
  EVALUATOR,
  AUDITOR
}
