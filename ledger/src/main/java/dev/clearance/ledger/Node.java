package dev.clearance.ledger;

import java.util.Objects;

/**
 * A complete subtree's hash at its address, as handed to {@link TreeNodes#append}.
 *
 * @param address where the subtree is
 * @param hash its Merkle tree hash
 */
public record Node(NodeAddress address, Hash hash) {

  /**
   * @throws NullPointerException if either part is null
   */
  public Node {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(hash, "hash");
  }
}
