package dev.clearance.ledger.internal;

import dev.clearance.ledger.NodeAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Tree-shape arithmetic of RFC 6962 §2.1: the split point of a subtree and the decomposition of a
 * subtree range into complete subtrees. Not API.
 */
public final class Ranges {

  private Ranges() {}

  /** The largest power of two strictly less than {@code count} (count at least 2). */
  public static long split(long count) {
    return Long.highestOneBit(count - 1);
  }

  /**
   * The complete subtrees that make up leaves {@code [start, end)}, left to right, largest first.
   * {@code start} must be a multiple of the largest of them, which holds for every subtree of the
   * RFC 6962 shape (a left child is complete; a right child starts at a multiple of its sibling's
   * size, which is at least its own).
   */
  public static List<NodeAddress> decompose(long start, long end) {
    List<NodeAddress> parts = new ArrayList<>(Long.bitCount(end - start));
    appendDecomposition(start, end, parts);
    return parts;
  }

  /** Adds the decomposition of {@code [start, end)} to {@code parts}. */
  public static void appendDecomposition(long start, long end, List<NodeAddress> parts) {
    long position = start;
    long remaining = end - start;
    while (remaining > 0) {
      int level = 63 - Long.numberOfLeadingZeros(remaining);
      long width = 1L << level;
      if ((position & (width - 1)) != 0) {
        throw new IllegalArgumentException(
            "range [" + start + ", " + end + ") is not a subtree of the RFC 6962 shape");
      }
      parts.add(new NodeAddress(level, position >>> level));
      position += width;
      remaining -= width;
    }
  }

  /** The number of complete subtrees {@link #decompose} gives for {@code [start, end)}. */
  public static int partCount(long start, long end) {
    return Long.bitCount(end - start);
  }
}
