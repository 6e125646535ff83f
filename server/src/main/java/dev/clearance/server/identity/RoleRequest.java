package dev.clearance.server.identity;

/**
 * Body of {@code PUT} and {@code DELETE /api/v1/users/{user}/roles/{role}}: why the role is granted
 * or revoked, recorded in the audit log.
 *
 * @throws IllegalArgumentException when the reason is missing or too long
 */
public record RoleRequest(String reason) {

  public RoleRequest {
    reason = Texts.reason(reason);
  }
}
