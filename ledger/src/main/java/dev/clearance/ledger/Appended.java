package dev.clearance.ledger;

import java.util.Objects;

/**
 * The result of {@link MerkleLog#append}.
 *
 * @param firstIndex index of the first appended leaf (the size before the append)
 * @param size the tree size after the append
 * @param root the root hash at {@code size}
 */
public record Appended(long firstIndex, long size, Hash root) {

  /**
   * @throws IllegalArgumentException if the indexes are negative or out of order
   */
  public Appended {
    if (firstIndex < 0 || size < firstIndex) {
      throw new IllegalArgumentException(
          "appended range must have 0 <= firstIndex <= size, got " + firstIndex + " and " + size);
    }
    Objects.requireNonNull(root, "root");
  }
}
