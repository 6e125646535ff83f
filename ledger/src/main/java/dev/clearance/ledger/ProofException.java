package dev.clearance.ledger;

/**
 * A Merkle proof does not verify, or is malformed for the tree sizes it claims. The message names
 * the proof (leaf index, tree sizes) and, when a root was computed, shows the expected and the
 * computed root.
 */
public final class ProofException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public ProofException(String message) {
    super(message);
  }

  static ProofException rootMismatch(String what, String role, Hash expected, Hash computed) {
    return new ProofException(
        what + " does not verify: expected " + role + " " + expected + ", computed " + computed);
  }
}
