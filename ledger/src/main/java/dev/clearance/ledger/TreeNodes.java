package dev.clearance.ledger;

import java.util.List;

/**
 * Storage of a Merkle log's complete subtrees (SPI). It holds the hash of every complete (perfect)
 * subtree of the tree, addressed by {@link NodeAddress} (level 0 = leaf hashes), and the tree size.
 * A tree of size {@code n} has {@code n >> level} nodes at each level, about {@code 2n} in all;
 * nothing else is stored, and incomplete right-edge subtrees are composed from complete ones by
 * {@link MerkleLog}. Roots and proofs for any size up to {@link #size()} need only these nodes,
 * each with one {@link #get} call.
 *
 * <p>A SQL implementation is a table {@code (level, idx, hash)} with primary key {@code (level,
 * idx)} plus one row holding the size; it runs on the connection of the caller's transaction so
 * that a log entry is appended atomically with the decision it records. This library opens no
 * transaction. Appends must be serialized (one writer at a time), e.g. by locking the size row
 * ({@code SELECT ... FOR UPDATE}) at the start of the transaction; the size read by {@link
 * MerkleLog#append} must be the one that the append then overwrites.
 *
 * <p>Implementations report storage failures and a missing node (a corrupt store) with an unchecked
 * exception of their choice.
 */
public interface TreeNodes {

  /** The number of leaves in the tree. */
  long size();

  /**
   * The hashes at the given addresses, in the same order, in one round trip.
   *
   * @param addresses nodes complete in the current tree, possibly repeated
   * @throws IllegalArgumentException if an address is not a complete subtree of the current tree
   */
  List<Hash> get(List<NodeAddress> addresses);

  /**
   * Stores the nodes that become complete when the tree grows from {@link #size()} to {@code
   * newSize}, and the new size. {@link MerkleLog} hands every such node exactly once, ordered by
   * the leaf where it completes and then by level (leaf first, then its ancestors).
   *
   * @param newSize the new number of leaves, greater than the current one
   * @param nodes the newly complete nodes
   * @throws IllegalArgumentException if {@code newSize} does not grow the tree
   */
  void append(long newSize, List<Node> nodes);
}
