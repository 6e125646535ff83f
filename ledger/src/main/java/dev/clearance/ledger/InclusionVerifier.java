package dev.clearance.ledger;

import java.util.List;

/**
 * Verifies inclusion proofs with the algorithm of RFC 9162 §2.1.3.2.
 *
 * <p>Thread-safe: every call uses its own hasher.
 */
public final class InclusionVerifier {

  private InclusionVerifier() {}

  /**
   * Checks that {@code proof} leads from the leaf hash at {@code index} to {@code root} in a tree
   * of {@code size} leaves.
   *
   * @param index the leaf index, 0-based
   * @param size the tree size
   * @param leafHash the leaf's hash, SHA-256(0x00 || data)
   * @param proof the inclusion path, bottom-up
   * @param root the expected root at {@code size}
   * @throws ProofException if the index is not in the tree, the proof has the wrong length, or the
   *     computed root differs from {@code root} (both are in the message)
   */
  public static void verify(long index, long size, Hash leafHash, List<Hash> proof, Hash root)
      throws ProofException {
    Hash computed = computeRoot(index, size, leafHash, proof);
    if (!computed.equals(root)) {
      throw ProofException.rootMismatch(describe(index, size), "root", root, computed);
    }
  }

  /**
   * The root that {@code proof} implies for the leaf hash at {@code index} in a tree of {@code
   * size} leaves.
   *
   * @throws ProofException if the index is not in the tree or the proof has the wrong length
   */
  public static Hash computeRoot(long index, long size, Hash leafHash, List<Hash> proof)
      throws ProofException {
    if (index < 0 || size < 0 || index >= size) {
      throw new ProofException(
          describe(index, size) + " is impossible: the index must be 0 <= index < size");
    }
    TreeHasher hasher = TreeHasher.create();
    long fn = index;
    long sn = size - 1;
    Hash result = leafHash;
    for (Hash sibling : proof) {
      if (sn == 0) {
        throw new ProofException(
            describe(index, size) + " has " + proof.size() + " hashes, more than the tree needs");
      }
      if ((fn & 1) == 1 || fn == sn) {
        result = hasher.node(sibling, result);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        result = hasher.node(result, sibling);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new ProofException(
          describe(index, size) + " has " + proof.size() + " hashes, fewer than the tree needs");
    }
    return result;
  }

  private static String describe(long index, long size) {
    return "inclusion proof of leaf " + index + " in tree size " + size;
  }
}
