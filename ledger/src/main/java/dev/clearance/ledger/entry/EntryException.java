package dev.clearance.ledger.entry;

/**
 * Audit entry bytes or revealed details are malformed, not canonical, or do not match their
 * commitment. The message names the field or position and what was expected.
 */
public final class EntryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public EntryException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public EntryException(String message, Throwable cause) {
    super(message, cause);
  }
}
