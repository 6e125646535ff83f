package dev.clearance.server.identity;

/**
 * Body of {@code POST /api/v1/session}: password sign-in.
 *
 * @throws IllegalArgumentException when a field is missing
 */
public record SignInRequest(String handle, String password) {

  public SignInRequest {
    if (handle == null || handle.isEmpty()) {
      throw new IllegalArgumentException("handle is missing");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password is missing");
    }
  }

  /** Leaves the password out. */
  @Override
  public String toString() {
    return "SignInRequest[handle=" + handle + "]";
  }
}
