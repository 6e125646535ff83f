package dev.clearance.store.identity;

import java.util.Objects;

/**
 * A session just created.
 *
 * @param secret the session id for the cookie ({@code HttpOnly}); not stored
 * @param csrfToken the token pages must send back with every state-changing request; not stored
 *     (only its hash), derived from {@code secret} by {@link SessionRepository#csrfTokenOf}
 */
public record NewSession(String secret, String csrfToken, Session session) {

  /** Checks that no field is missing. */
  public NewSession {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(session, "session");
  }

  /** Leaves the secrets out, so logs never carry them. */
  @Override
  public String toString() {
    return "NewSession[session=" + session + "]";
  }
}
