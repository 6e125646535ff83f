package dev.clearance.ledger;

/**
 * The position of a complete (perfect) subtree: {@code level} is its height (0 for a leaf) and
 * {@code index} its position among the subtrees of that height, counted from the left. It covers
 * leaves {@code [index * 2^level, (index + 1) * 2^level)}.
 *
 * <p>A store keys node hashes by this pair, e.g. a SQL table {@code (level, idx, hash)} with
 * primary key {@code (level, idx)}.
 *
 * @param level height, 0 to 62
 * @param index position at that height, at least 0
 */
public record NodeAddress(int level, long index) {

  /** The greatest level: a tree of 2^62 leaves. */
  public static final int MAX_LEVEL = 62;

  /**
   * @throws IllegalArgumentException if level is outside 0..62 or index is negative or too large
   */
  public NodeAddress {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("node level must be 0.." + MAX_LEVEL + ", got " + level);
    }
    if (index < 0 || index > (Long.MAX_VALUE >>> level)) {
      throw new IllegalArgumentException(
          "node index at level "
              + level
              + " must be 0.."
              + (Long.MAX_VALUE >>> level)
              + ", got "
              + index);
    }
  }

  /** The first leaf this subtree covers. */
  public long firstLeaf() {
    return index << level;
  }

  /** The number of leaves this subtree covers, 2^level. */
  public long leafCount() {
    return 1L << level;
  }

  /** Whether a tree of {@code size} leaves contains this subtree completely. */
  public boolean completeIn(long size) {
    return firstLeaf() + leafCount() <= size;
  }
}
