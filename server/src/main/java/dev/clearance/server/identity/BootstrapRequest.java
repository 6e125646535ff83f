package dev.clearance.server.identity;

import dev.clearance.store.Names;

/**
 * Body of {@code POST /api/v1/bootstrap}: the one-time bootstrap token printed at the registry's
 * first start and the first steward's account.
 *
 * @param email optional
 * @param password optional; without one the steward uses API tokens only
 * @throws IllegalArgumentException naming the field when one is missing or invalid
 */
public record BootstrapRequest(
    String bootstrapToken, String handle, String displayName, String email, String password) {

  public BootstrapRequest {
    if (bootstrapToken == null || bootstrapToken.isBlank()) {
      throw new IllegalArgumentException("bootstrapToken is missing");
    }
    Names.checkSlug("handle", handle);
    Names.checkText("displayName", displayName);
    if (password != null) {
      Passwords.check("password", password);
    }
  }

  /** Leaves the secrets out. */
  @Override
  public String toString() {
    return "BootstrapRequest[handle=" + handle + "]";
  }
}
