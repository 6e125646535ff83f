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
  public static final AnchorHits NONE = new AnchorHits(Map.of());

  private final Map<String, int[]> starts;

  AnchorHits(Map<String, int[]> starts) {
    this.starts = starts;
  }

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
