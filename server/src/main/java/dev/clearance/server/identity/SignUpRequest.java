package dev.clearance.server.identity;

import dev.clearance.store.Names;

/**
 * Body of {@code POST /api/v1/users}: a new account.
 *
 * @param handle lowercase slug, unique
 * @param email unique address
 * @param password at least 12 characters (checked by {@code Passwords}), stored only as a PBKDF2
 *     hash
 * @throws IllegalArgumentException naming the field when one is missing or invalid
 */
public record SignUpRequest(String handle, String displayName, String email, String password) {

  public SignUpRequest {
    Names.checkSlug("handle", handle);
    Names.checkText("displayName", displayName);
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("email is missing");
    }
    Passwords.check("password", password);
  }

  /** Leaves the password out. */
  @Override
  public String toString() {
    return "SignUpRequest[handle=" + handle + "]";
  }
}
