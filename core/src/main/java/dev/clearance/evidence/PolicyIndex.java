package dev.clearance.evidence;

import dev.clearance.policy.AnchorIndex;
import dev.clearance.policy.DetectorRule;
import dev.clearance.policy.Policy;
import dev.clearance.policy.RequirementRule;
import dev.clearance.policy.internal.RegexAnchors;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A policy prepared once for searching many cards (decisions 004 and 006): the anchor index of its
 * text patterns, and the anchors of its heading and placeholder expressions, so that a heading or a
 * short section that holds none of an expression's anchors is not searched with it. Immutable and
 * safe to share between threads.
 */
public final class PolicyIndex {

  private final Policy policy;
  private final AnchorIndex anchors;

  /**
   * Per heading or placeholder expression of the policy: its ASCII anchors (absent: none known).
   */
  private final Map<Pattern, String[]> literals = new IdentityHashMap<>();

  /** Prepares {@code policy}. */
  public PolicyIndex(Policy policy) {
    this.policy = policy;
    this.anchors = AnchorIndex.forPolicy(policy);
    List<Pattern> expressions = new ArrayList<>();
    expressions.addAll(policy.declarationSections());
    expressions.addAll(policy.excludedSections());
    expressions.addAll(policy.placeholders());
    for (RequirementRule rule : policy.requirements()) {
      if (rule.detector() instanceof DetectorRule.Text text) {
        expressions.addAll(text.sections());
        expressions.addAll(text.excludeSections());
      }
    }
    for (Pattern expression : expressions) {
      Set<String> found = RegexAnchors.of(expression.pattern());
      if (found != null && found.stream().allMatch(PolicyIndex::isAscii)) {
        literals.put(expression, found.toArray(String[]::new));
      }
    }
  }

  public Policy policy() {
    return policy;
  }

  /** The anchor index of the policy's text patterns. */
  public AnchorIndex anchors() {
    return anchors;
  }

  /**
   * Whether {@code expression} may find a match in the text whose {@link #fold} is {@code folded}:
   * false only when the expression is one of the policy's heading or placeholder expressions and
   * none of its anchors occurs.
   */
  boolean mayFind(Pattern expression, String folded) {
    String[] required = literals.get(expression);
    if (required == null) {
      return true;
    }
    for (String literal : required) {
      if (folded.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with every character folded as case-insensitive Unicode matching compares it ({@code
   * Character.toLowerCase(Character.toUpperCase(c))}), so that a match of an expression compiled
   * with {@code CASE_INSENSITIVE | UNICODE_CASE} contains each ASCII anchor in this form.
   */
  static String fold(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      chars[i] =
          c < 0x80
              ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
              : Character.toLowerCase(Character.toUpperCase(c));
    }
    return new String(chars);
  }

  private static boolean isAscii(String literal) {
    return literal.chars().allMatch(c -> c < 0x80);
  }
}
