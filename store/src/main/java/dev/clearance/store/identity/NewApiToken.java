package dev.clearance.store.identity;

import java.util.Objects;

/**
 * A token just created: the secret to show once, and the stored token.
 *
 * @param secret {@code clr_} and 32 random bytes in base64url; not stored, cannot be shown again
 */
public record NewApiToken(String secret, ApiToken token) {

  /** Checks that no field is missing. */
  public NewApiToken {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(token, "token");
  }

  /** Leaves the secret out, so logs never carry it. */
  @Override
  public String toString() {
    return "NewApiToken[token=" + token + "]";
  }
}
