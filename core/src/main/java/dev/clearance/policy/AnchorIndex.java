package dev.clearance.policy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
    return new AnchorIndex(patternsOf(policy));
  }

  private static List<TextPattern> patternsOf(Policy policy) {
    List<TextPattern> all = new java.util.ArrayList<>();
    for (TriggerRule trigger : policy.triggers()) {
      if (trigger instanceof TriggerRule.Signals signals) {
        all.addAll(signals.declarations());
        all.addAll(signals.mentions());
      }
    }
    for (RequirementRule rule : policy.requirements()) {
      if (rule.detector() instanceof DetectorRule.Text text) {
        all.addAll(text.present());
        all.addAll(text.partial());
        all.addAll(text.anywhere());
        all.addAll(text.partialAnywhere());
        all.addAll(text.declaredUnknown());
        all.addAll(text.declaredAbsent());
        all.addAll(text.extra());
      }
    }
    policy.categories().forEach(category -> all.addAll(category.partial()));
    policy.benchmarks().forEach(benchmark -> all.add(benchmark.mention()));
    return all;
  }
}
