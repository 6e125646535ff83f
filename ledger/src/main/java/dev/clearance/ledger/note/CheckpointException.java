package dev.clearance.ledger.note;

/**
 * A signed note, verifier key, signer key or checkpoint is malformed, or its signatures do not
 * verify. The message names the part that is wrong and, where it applies, what was expected and
 * what was found.
 */
public final class CheckpointException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public CheckpointException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public CheckpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
