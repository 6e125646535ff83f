package dev.clearance.policy;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Every anchor of a policy's text patterns in one Aho-Corasick automaton, so that one pass over a
 * card section tells which patterns can match in it ({@link TextPattern#mayMatch}).
 */
public final class AnchorIndex {

  private final Trie trie;
  private final boolean empty;

  public AnchorIndex(Collection<TextPattern> patterns) {
    Set<String> anchors = new HashSet<>();
    patterns.forEach(pattern -> anchors.addAll(pattern.anchors()));
    this.empty = anchors.isEmpty();
    this.trie = Trie.builder().addKeywords(anchors).build();
  }

  /** The anchors that occur in {@code text} (matched in lower case). */
  public Set<String> anchorsIn(String text) {
    if (empty || text.isEmpty()) {
      return Set.of();
    }
    Set<String> present = new HashSet<>();
    Collection<Emit> emits = trie.parseText(text.toLowerCase(Locale.ROOT));
    for (Emit emit : emits) {
      present.add(emit.getKeyword());
    }
    return present;
  }

  /** The index of every text pattern of a policy. */
  public static AnchorIndex forPolicy(Policy policy) {
    return new AnchorIndex(policy.textPatterns());
  }
}
