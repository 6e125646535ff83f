package dev.clearance.server.identity;

/**
 * Answer of {@code POST /api/v1/session}. The session itself travels in the {@code HttpOnly}
 * cookie; pages send {@code csrfToken} back in the {@code X-CSRF-Token} header of every request
 * that changes something.
 *
 * @param expiresAt ISO-8601 instant when the session ends
 */
public record SessionView(String csrfToken, String expiresAt) {

  /** Leaves the CSRF token out. */
  @Override
  public String toString() {
    return "SessionView[expiresAt=" + expiresAt + "]";
  }
}
