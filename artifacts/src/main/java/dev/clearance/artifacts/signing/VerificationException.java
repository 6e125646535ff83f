package dev.clearance.artifacts.signing;

/** A signature did not verify: wrong key, corrupted signature or payload, or key hint mismatch. */
public final class VerificationException extends Exception {

  private static final long serialVersionUID = 1L;

  /** With a message saying what did not match, expected against found where it helps. */
  public VerificationException(String message) {
    super(message);
  }
}
