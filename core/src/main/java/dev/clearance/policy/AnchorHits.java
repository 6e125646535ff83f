package dev.clearance.policy;

import dev.clearance.policy.internal.RegexAnchors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the anchors of a policy's text patterns occur in one text (see {@link AnchorIndex}): for
 * each anchor present, the offsets where it starts, ascending. Offsets are offsets in the text
 * itself (anchors are found in a lower case of the same length).
 */
public final class AnchorHits {

  /** No anchor anywhere. */
  public static final AnchorHits NONE = new AnchorHits(null, new long[0], new int[0], new int[0][]);

  /** The index that found the hits (null for {@link #NONE}). */
  private final AnchorIndex index;

  /** A bit per anchor of the index (by anchor index) that occurs. */
  private final long[] present;

  /**
   * Per word of {@link #present}: how many bits the words before it hold, so that an anchor's rank
   * among the present ones is a population count away.
   */
  private final int[] rankBeforeWord;

  /**
   * Per present anchor, in the order of their indexes: its start offsets, ascending. Kept only for
   * the anchors that occur (a section holds a few dozen of the policy's hundreds).
   */
  private final int[][] startsByRank;

  /**
   * The anchors present by name, made on first use: most hits are only asked by anchor index, so no
   * map by name is built per text. Immutable once made (a racing second make is the same set).
   */
  private Set<String> presentNames;

  private AnchorHits(
      AnchorIndex index, long[] present, int[] rankBeforeWord, int[][] startsByRank) {
    this.index = index;
    this.present = present;
    this.rankBeforeWord = rankBeforeWord;
    this.startsByRank = startsByRank;
  }

  /**
   * The hits of a scan that found {@code count / 2} occurrences: {@code found} holds pairs of
   * anchor index and start offset, in ascending order of offset per anchor.
   */
  static AnchorHits of(AnchorIndex index, int anchorCount, int[] found, int count) {
    long[] present = new long[(anchorCount + 63) / 64];
    for (int k = 0; k < count; k += 2) {
      present[found[k] >>> 6] |= 1L << found[k];
    }
    int[] rankBeforeWord = new int[present.length];
    int presentCount = 0;
    for (int word = 0; word < present.length; word++) {
      rankBeforeWord[word] = presentCount;
      presentCount += Long.bitCount(present[word]);
    }
    int[] filled = new int[presentCount];
    for (int k = 0; k < count; k += 2) {
      filled[rank(present, rankBeforeWord, found[k])]++;
    }
    int[][] startsByRank = new int[presentCount][];
    for (int rank = 0; rank < presentCount; rank++) {
      startsByRank[rank] = new int[filled[rank]];
      filled[rank] = 0;
    }
    for (int k = 0; k < count; k += 2) {
      int rank = rank(present, rankBeforeWord, found[k]);
      startsByRank[rank][filled[rank]++] = found[k + 1];
    }
    return new AnchorHits(index, present, rankBeforeWord, startsByRank);
  }

  /** The rank among the present anchors of a present anchor. */
  private static int rank(long[] present, int[] rankBeforeWord, int anchorIndex) {
    int word = anchorIndex >>> 6;
    return rankBeforeWord[word] + Long.bitCount(present[word] & ((1L << anchorIndex) - 1));
  }

  /**
   * Which of {@code pattern}'s anchors occur, as bits over the index's anchors; null when {@code
   * pattern} is not a pattern of the index that found these hits (then ask {@link #present}).
   */
  long[] presentOf(TextPattern pattern) {
    if (index == null) {
      return EMPTY;
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

  /**
   * Whether {@code pattern} may match within {@code [start, end)} of the text of these hits: one of
   * its anchors occurs wholly inside that range. Always true for a pattern the index does not know.
   */
  public boolean mayHoldWithin(TextPattern pattern, int start, int end) {
    long[] both = presentOf(pattern);
    if (both == null) {
      return pattern.mayMatch(present());
    }
    for (int word = 0; word < both.length; word++) {
      for (long bits = both[word]; bits != 0; bits &= bits - 1) {
        int anchorIndex = word * 64 + Long.numberOfTrailingZeros(bits);
        int[] starts = startsOf(anchorIndex);
        int at = Arrays.binarySearch(starts, start);
        int first = at >= 0 ? at : -at - 1;
        if (first < starts.length && starts[first] + index.anchor(anchorIndex).length() <= end) {
          return true;
        }
      }
    }
    return false;
  }

  /** The anchor with this index in the index that found the hits. */
  String anchor(int anchorIndex) {
    return index.anchor(anchorIndex);
  }

  /**
   * How many times the anchors of {@code set} (one of the anchor sets of a pattern of the index)
   * occur in all, or -1 when the index does not know the set.
   */
  int occurrences(Map<String, RegexAnchors.Reach> set) {
    if (index == null) {
      return 0;
    }
    int[] anchors = index.anchorSet(set);
    if (anchors == null) {
      return -1;
    }
    int count = 0;
    for (int anchor : anchors) {
      int[] starts = startsOf(anchor);
      count += starts == null ? 0 : starts.length;
    }
    return count;
  }

  /** The start offsets of the anchor with this index, ascending; null when it does not occur. */
  int[] startsOf(int anchorIndex) {
    int word = anchorIndex >>> 6;
    if (word >= present.length || (present[word] & (1L << anchorIndex)) == 0) {
      return null;
    }
    return startsByRank[rank(present, rankBeforeWord, anchorIndex)];
  }

  private static final long[] EMPTY = new long[0];

  /** The anchors that occur at least once. */
  public Set<String> present() {
    Set<String> names = presentNames;
    if (names == null) {
      List<String> found = new ArrayList<>();
      for (int word = 0; word < present.length; word++) {
        for (long bits = present[word]; bits != 0; bits &= bits - 1) {
          found.add(index.anchor(word * 64 + Long.numberOfTrailingZeros(bits)));
        }
      }
      names = Set.copyOf(found);
      presentNames = names;
    }
    return names;
  }

  /** The start offsets of {@code anchor}, ascending; null when it does not occur. */
  int[] startsOf(String anchor) {
    if (index == null) {
      return null;
    }
    int anchorIndex = index.indexOf(anchor);
    return anchorIndex < 0 ? null : startsOf(anchorIndex);
  }

  /** Whether {@code anchor} occurs. */
  public boolean contains(String anchor) {
    return startsOf(anchor) != null;
  }

  /** How many distinct anchors occur. */
  public int size() {
    int size = 0;
    for (long bits : present) {
      size += Long.bitCount(bits);
    }
    return size;
  }
}
