package dev.clearance.ledger;

import java.util.List;

/**
 * A consistency proof of RFC 9162 §2.1.4: hashes showing that the tree of {@code size1} leaves is a
 * prefix of the tree of {@code size2} leaves. Empty when {@code size1} is 0 or equals {@code
 * size2}.
 *
 * @param size1 the older (smaller) tree size
 * @param size2 the newer tree size
 * @param path the proof hashes in RFC order
 */
public record ConsistencyProof(long size1, long size2, List<Hash> path) {

  /**
   * @throws IllegalArgumentException unless {@code 0 <= size1 <= size2}
   */
  public ConsistencyProof {
    if (size1 < 0 || size2 < size1) {
      throw new IllegalArgumentException(
          "a consistency proof needs 0 <= size1 <= size2, got " + size1 + " and " + size2);
    }
    path = List.copyOf(path);
  }

  /**
   * Checks this proof with {@link ConsistencyVerifier}.
   *
   * @throws ProofException if it does not link {@code root1} to {@code root2}
   */
  public void verify(Hash root1, Hash root2) throws ProofException {
    ConsistencyVerifier.verify(size1, size2, root1, root2, path);
  }
}
