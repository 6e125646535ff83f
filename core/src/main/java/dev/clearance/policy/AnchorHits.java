package dev.clearance.policy;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Where the anchors of a policy's text patterns occur in one text (see {@link AnchorIndex}): for
 * each anchor present, the offsets where it starts, ascending. Offsets are offsets in the text
 * itself (anchors are found in a lower case of the same length).
 */
public final class AnchorHits {

  /** No anchor anywhere. */
  public static final AnchorHits NONE = new AnchorHits(Map.of(), null, null, null);

  private final Map<String, int[]> starts;

  /** The index that found the hits (null for {@link #NONE}), its anchors' bits and starts. */
  private final AnchorIndex index;

  private final long[] present;
  private final int[][] startsByIndex;

  AnchorHits(Map<String, int[]> starts, AnchorIndex index, long[] present, int[][] startsByIndex) {
    this.starts = starts;
    this.index = index;
    this.present = present;
    this.startsByIndex = startsByIndex;
  }

  /**
   * Which of {@code pattern}'s anchors occur, as bits over the index's anchors; null when {@code
   * pattern} is not a pattern of the index that found these hits (then ask {@link #present}).
   */
  long[] presentOf(TextPattern pattern) {
    if (index == null) {
      return starts.isEmpty() ? EMPTY : null;
    }
    long[] mask = index.mask(pattern);
    if (mask == null) {
      return null;
    }
    long[] both = null;
    for (int word = 0; word < mask.length; word++) {
      long bits = mask[word] & present[word];
      if (bits != 0) {
        both = both == null ? new long[mask.length] : both;
        both[word] = bits;
      }
    }
    return both == null ? EMPTY : both;
  }

  /** Whether {@code pattern} may match in the text of these hits: one of its anchors occurs. */
  public boolean mayHold(TextPattern pattern) {
    long[] both = presentOf(pattern);
    return both == null ? pattern.mayMatch(present()) : both != EMPTY;
  }

  /** The anchor with this index in the index that found the hits. */
  String anchor(int anchorIndex) {
    return index.anchor(anchorIndex);
  }

  /** The start offsets of the anchor with this index, ascending. */
  int[] startsOf(int anchorIndex) {
    return startsByIndex[anchorIndex];
  }

  private static final long[] EMPTY = new long[0];

  /** The anchors that occur at least once. */
  public Set<String> present() {
    return Collections.unmodifiableSet(starts.keySet());
  }

  /** The start offsets of {@code anchor}, ascending; null when it does not occur. */
  int[] startsOf(String anchor) {
    return starts.get(anchor);
  }

  /** Whether {@code anchor} occurs. */
  public boolean contains(String anchor) {
    return starts.containsKey(anchor);
  }

  /** How many distinct anchors occur. */
  public int size() {
    return starts.size();
  }
}
