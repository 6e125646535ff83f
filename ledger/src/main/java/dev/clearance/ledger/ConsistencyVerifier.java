package dev.clearance.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Verifies consistency proofs with the algorithm of RFC 9162 §2.1.4.2.
 *
 * <p>Equal sizes need an empty proof and equal roots. Size 0 is a prefix of every tree: its proof
 * is empty and its root must be the empty-tree hash (SHA-256 of nothing). Thread-safe.
 */
public final class ConsistencyVerifier {

  private ConsistencyVerifier() {}

  /**
   * Checks that the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree of
   * {@code size2} leaves with root {@code root2}.
   *
   * @throws ProofException if the sizes are out of order, the proof has the wrong length for them,
   *     or a recomputed root differs (the expected and the computed root are in the message)
   */
  public static void verify(long size1, long size2, Hash root1, Hash root2, List<Hash> proof)
      throws ProofException {
    String what = "consistency proof from tree size " + size1 + " to " + size2;
    if (size1 < 0 || size2 < size1) {
      throw new ProofException(what + " is impossible: it needs 0 <= size1 <= size2");
    }
    if (size1 == size2) {
      requireEmpty(what, proof);
      if (!root1.equals(root2)) {
        throw ProofException.rootMismatch(what, "equal roots, root2", root1, root2);
      }
      return;
    }
    if (size1 == 0) {
      requireEmpty(what, proof);
      Hash empty = TreeHasher.create().emptyRoot();
      if (!root1.equals(empty)) {
        throw ProofException.rootMismatch(what, "empty-tree root1", empty, root1);
      }
      return;
    }
    if (proof.isEmpty()) {
      throw new ProofException(
          what + " is empty, but sizes " + size1 + " < " + size2 + " need hashes");
    }
    List<Hash> path = new ArrayList<>(proof.size() + 1);
    if (Long.bitCount(size1) == 1) {
      path.add(root1);
    }
    path.addAll(proof);
    TreeHasher hasher = TreeHasher.create();
    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    Hash firstRoot = path.get(0);
    Hash secondRoot = path.get(0);
    for (Hash hash : path.subList(1, path.size())) {
      if (sn == 0) {
        throw new ProofException(
            what + " has " + proof.size() + " hashes, more than these sizes need");
      }
      if ((fn & 1) == 1 || fn == sn) {
        firstRoot = hasher.node(hash, firstRoot);
        secondRoot = hasher.node(hash, secondRoot);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        secondRoot = hasher.node(secondRoot, hash);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new ProofException(
          what + " has " + proof.size() + " hashes, fewer than these sizes need");
    }
    if (!firstRoot.equals(root1)) {
      throw ProofException.rootMismatch(what, "root1", root1, firstRoot);
    }
    if (!secondRoot.equals(root2)) {
      throw ProofException.rootMismatch(what, "root2", root2, secondRoot);
    }
  }

  private static void requireEmpty(String what, List<Hash> proof) throws ProofException {
    if (!proof.isEmpty()) {
      throw new ProofException(what + " must be empty, got " + proof.size() + " hash(es)");
    }
  }
}
