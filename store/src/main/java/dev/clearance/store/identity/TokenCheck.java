package dev.clearance.store.identity;

/**
 * The outcome of presenting an API token secret: accepted with the token and its user, or refused
 * with the reason (for logs; callers answer every refusal with the same 401).
 */
public sealed interface TokenCheck {

  /** The secret matches a live token of an active user. */
  record Accepted(ApiToken token, User user) implements TokenCheck {}

  /** The secret was refused. */
  record Refused(Reason reason) implements TokenCheck {}

  /** Why a secret was refused. */
  enum Reason {
    /** Not of the form {@code clr_} + 43 base64url characters. */
    MALFORMED,
    /** No token has this secret. */
    UNKNOWN,
    /** The token was revoked. */
    REVOKED,
    /** The token's expiry has passed. */
    EXPIRED,
    /** The token's user is disabled. */
    USER_DISABLED
  }
}
