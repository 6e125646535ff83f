package dev.clearance.ledger.entry;

import java.util.Arrays;
import java.util.Objects;

/**
 * Details committed to by {@link Commitment#seal}: the public commitment and the private salt and
 * canonical detail bytes, which the registry keeps unpublished until release. Never log the salt or
 * the details.
 *
 * @param commitment the hash to put into the public audit entry
 * @param salt the random salt; copied
 * @param details the canonical JSON of the details; copied
 */
public record SealedDetails(Commitment commitment, byte[] salt, byte[] details) {

  /**
   * @throws NullPointerException if a part is null
   */
  public SealedDetails {
    Objects.requireNonNull(commitment, "commitment");
    salt = salt.clone();
    details = details.clone();
  }

  /** A copy of the salt. */
  @Override
  public byte[] salt() {
    return salt.clone();
  }

  /** A copy of the canonical details. */
  @Override
  public byte[] details() {
    return details.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedDetails that
        && commitment.equals(that.commitment)
        && Arrays.equals(salt, that.salt)
        && Arrays.equals(details, that.details);
  }

  @Override
  public int hashCode() {
    return commitment.hashCode();
  }

  /** Shows the commitment only, never the secret parts. */
  @Override
  public String toString() {
    return "SealedDetails[commitment=" + commitment.hash() + "]";
  }
}
