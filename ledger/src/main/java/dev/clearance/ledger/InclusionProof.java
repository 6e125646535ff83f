package dev.clearance.ledger;

import java.util.List;

/**
 * An inclusion (audit) proof of RFC 9162 §2.1.3: the sibling hashes on the path from leaf {@code
 * index} to the root of the tree of {@code size} leaves, bottom-up.
 *
 * @param index the leaf's index, 0-based
 * @param size the tree size the proof is for
 * @param path the proof hashes, leaf level first
 */
public record InclusionProof(long index, long size, List<Hash> path) {

  /**
   * @throws IllegalArgumentException unless {@code 0 <= index < size}
   */
  public InclusionProof {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "an inclusion proof needs 0 <= index < size, got index " + index + ", size " + size);
    }
    path = List.copyOf(path);
  }

  /**
   * Checks this proof with {@link InclusionVerifier}.
   *
   * @throws ProofException if it does not lead from {@code leafHash} to {@code root}
   */
  public void verify(Hash leafHash, Hash root) throws ProofException {
    InclusionVerifier.verify(index, size, leafHash, path, root);
  }
}
