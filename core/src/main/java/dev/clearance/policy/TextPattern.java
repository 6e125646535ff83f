package dev.clearance.policy;

import dev.clearance.policy.internal.RegexAnchors;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A regular expression of the policy that is searched in card text, with the literal anchors any
 * match must contain (lower case). Text that holds none of the anchors cannot match, so detectors
 * skip it without running the expression; that keeps checking fast however many patterns a policy
 * has. An empty anchor set means the expression always runs.
 */
public record TextPattern(Pattern regex, Set<String> anchors) {

  /** Case-insensitive, multi-line: how every policy text pattern is compiled. */
  public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

  public TextPattern {
    anchors = Set.copyOf(anchors);
  }

  /**
   * Compiles {@code source} with {@link #FLAGS} and works out its anchors.
   *
   * @throws java.util.regex.PatternSyntaxException when the expression is invalid
   */
  public static TextPattern compile(String source) {
    Pattern regex = Pattern.compile(source, FLAGS);
    Set<String> anchors = RegexAnchors.of(source);
    return new TextPattern(regex, anchors == null ? Set.of() : anchors);
  }

  /** Whether text whose anchors are {@code present} may hold a match. */
  public boolean mayMatch(Set<String> present) {
    if (anchors.isEmpty()) {
      return true;
    }
    for (String anchor : anchors) {
      if (present.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return regex.pattern();
  }
}
