package dev.clearance.server.identity;

import dev.clearance.store.identity.PasswordHasher;

/**
 * The password rule of the registry (OPS-3): at least {@value #MIN_LENGTH} and at most {@value
 * PasswordHasher#MAX_PASSWORD_LENGTH} characters, in line with NIST SP 800-63B §5.1.1.2 (length
 * over composition rules), hashed with PBKDF2 by {@link PasswordHasher}.
 */
final class Passwords {

  /** Fewest characters a password may have. */
  static final int MIN_LENGTH = 12;

  /** One hasher for the server, with the OWASP 2023 iteration count. */
  static final PasswordHasher HASHER = new PasswordHasher();

  private Passwords() {}

  /**
   * Returns {@code password} if it follows the rule.
   *
   * @throws IllegalArgumentException naming {@code field} and the rule broken (never the password)
   */
  static String check(String field, String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    if (password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " is "
              + password.length()
              + " characters long; at least "
              + MIN_LENGTH
              + " are needed");
    }
    if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " is "
              + password.length()
              + " characters long; at most "
              + PasswordHasher.MAX_PASSWORD_LENGTH
              + " are allowed");
    }
    return password;
  }

  /** The encoded hash of a password that passed {@link #check}. */
  static String hash(String password) {
    return HASHER.hash(password.toCharArray());
  }
}
