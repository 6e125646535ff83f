package dev.clearance.policy.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds literal anchors of a regular expression: a set of lower-case strings such that every match
 * of the expression contains at least one of them. Detectors use the anchors to skip text that
 * cannot match before running the expression. The analysis is conservative: when it cannot prove a
 * set (an optional part, a character class, a construct it does not know), it answers {@code null},
 * meaning "always run the expression".
 *
 * <p>Understood syntax: literals, escapes ({@code \b \d \w \s \. \Q...\E} ...), character classes,
 * groups of every kind (lookarounds count as zero-width), alternation, and the quantifiers {@code ?
 * * + {n,m}} with lazy and possessive forms.
 */
public final class RegexAnchors {

  /** Shorter anchors match too often to help. */
  static final int MIN_ANCHOR_LENGTH = 3;

  /** Characters rare enough in card prose that a shorter anchor made of them still helps. */
  private static final String RARE = "@";

  private final String regex;
  private int at;

  private RegexAnchors(String regex) {
    this.regex = regex;
  }

  /** The anchors of {@code regex}, or null when no set can be proven. */
  public static Set<String> of(String regex) {
    try {
      RegexAnchors parser = new RegexAnchors(regex);
      Set<String> anchors = parser.alternation();
      if (parser.at != regex.length() || anchors == null) {
        return null;
      }
      for (String anchor : anchors) {
        if (anchor.length() < MIN_ANCHOR_LENGTH && !rare(anchor)) {
          return null;
        }
      }
      return anchors;
    } catch (RuntimeException unknownSyntax) {
      return null;
    }
  }

  /**
   * Lower case character by character, as {@link Character#toLowerCase(char)}: the text keeps its
   * length, so an offset in the lower-case text is the same offset in the original.
   * Case-insensitive matching of policy patterns folds ASCII letters only, so a match contains an
   * anchor in this lower case whenever it contains it in any case.
   */
  public static String lower(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(text.charAt(i));
    }
    return new String(chars);
  }

  /** A short anchor is still selective when all its characters are rare in prose, like '@'. */
  private static boolean rare(String anchor) {
    for (int i = 0; i < anchor.length(); i++) {
      if (RARE.indexOf(anchor.charAt(i)) < 0) {
        return false;
      }
    }
    return !anchor.isEmpty();
  }

  /** branch ( '|' branch )* : every branch must have anchors; their union is the answer. */
  private Set<String> alternation() {
    Set<String> union = new LinkedHashSet<>();
    boolean known = true;
    while (true) {
      Set<String> branch = sequence();
      if (branch == null) {
        known = false;
      } else {
        union.addAll(branch);
      }
      if (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        continue;
      }
      return known ? union : null;
    }
  }

  /** A sequence of items: every required item constrains a match; the most selective one wins. */
  private Set<String> sequence() {
    List<Set<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      Item item = item();
      Quantity quantity = quantifier();
      if (item.literal != null && quantity.min >= 1 && quantity.max == 1) {
        run.append(item.literal);
        continue;
      }
      flush(run, candidates);
      if (item.literal != null && quantity.min >= 1) {
        candidates.add(Set.of(item.literal));
      } else if (item.anchors != null && quantity.min >= 1) {
        candidates.add(item.anchors);
      }
    }
    flush(run, candidates);
    Set<String> best = null;
    for (Set<String> candidate : candidates) {
      if (best == null || shortest(candidate) > shortest(best)) {
        best = candidate;
      }
    }
    return best;
  }

  private static void flush(StringBuilder run, List<Set<String>> candidates) {
    if (!run.isEmpty()) {
      candidates.add(Set.of(lower(run)));
      run.setLength(0);
    }
  }

  private static int shortest(Set<String> anchors) {
    return anchors.stream().mapToInt(String::length).min().orElse(0);
  }

  /** One item: a literal character (literal set), a group (anchors or null), or anything else. */
  private Item item() {
    char c = regex.charAt(at++);
    switch (c) {
      case '(' -> {
        return group();
      }
      case '[' -> {
        skipClass();
        return Item.UNKNOWN;
      }
      case '\\' -> {
        return escape();
      }
      case '.', '^', '$' -> {
        return c == '.' ? Item.UNKNOWN : Item.ZERO_WIDTH;
      }
      default -> {
        // Without the COMMENTS flag every character that is not a metacharacter is a literal.
        return "\\^$.|?*+()[]{}".indexOf(c) >= 0 ? Item.UNKNOWN : Item.literal(String.valueOf(c));
      }
    }
  }

  private Item group() {
    boolean capturing = true;
    boolean zeroWidth = false;
    if (at < regex.length() && regex.charAt(at) == '?') {
      capturing = false;
      at++;
      char kind = regex.charAt(at);
      if (kind == '=' || kind == '!') {
        zeroWidth = true;
        at++;
      } else if (kind == '<' && (regex.charAt(at + 1) == '=' || regex.charAt(at + 1) == '!')) {
        zeroWidth = true;
        at += 2;
      } else {
        while (regex.charAt(at) != ':' && regex.charAt(at) != ')') {
          char flag = regex.charAt(at++); // flags such as (?i: or (?-i:
          if (flag == 'x' || flag == 'u' || (!Character.isLetter(flag) && flag != '-')) {
            // comments mode changes what is literal; Unicode case folds beyond what lower case sees
            throw new IllegalArgumentException("unsupported group at " + at);
          }
        }
        if (regex.charAt(at) == ')') {
          at++;
          return Item.ZERO_WIDTH; // a flag-only group like (?i)
        }
        at++;
      }
    }
    Set<String> inner = alternation();
    expect(')');
    if (zeroWidth) {
      return Item.ZERO_WIDTH;
    }
    return capturing || inner != null ? Item.anchors(inner) : Item.UNKNOWN;
  }

  private Item escape() {
    char c = regex.charAt(at++);
    if (c == 'Q') {
      int end = regex.indexOf("\\E", at);
      String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
      at = end < 0 ? regex.length() : end + 2;
      return quoted.isEmpty() ? Item.ZERO_WIDTH : Item.literal(quoted);
    }
    if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' || c == 'G') {
      return Item.ZERO_WIDTH;
    }
    if (Character.isLetterOrDigit(c)) {
      return Item.UNKNOWN; // \d \w \s \n \p{..} and back-references
    }
    return Item.literal(String.valueOf(c));
  }

  private void skipClass() {
    if (regex.charAt(at) == '^') {
      at++;
    }
    if (regex.charAt(at) == ']') {
      at++;
    }
    while (regex.charAt(at) != ']') {
      if (regex.charAt(at) == '\\') {
        at++;
      } else if (regex.charAt(at) == '[') {
        at++;
        skipClass();
        continue;
      }
      at++;
    }
    at++;
  }

  private Quantity quantifier() {
    if (at >= regex.length()) {
      return Quantity.ONCE;
    }
    char c = regex.charAt(at);
    Quantity quantity;
    switch (c) {
      case '?' -> quantity = new Quantity(0, 1);
      case '*' -> quantity = new Quantity(0, Integer.MAX_VALUE);
      case '+' -> quantity = new Quantity(1, Integer.MAX_VALUE);
      case '{' -> {
        int close = regex.indexOf('}', at);
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        int min = Integer.parseInt(bounds[0].strip());
        int max =
            bounds.length == 1
                ? min
                : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
        at = close;
        quantity = new Quantity(min, max);
      }
      default -> {
        return Quantity.ONCE;
      }
    }
    at++;
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++;
    }
    return quantity;
  }

  private void expect(char c) {
    if (at >= regex.length() || regex.charAt(at) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + at);
    }
    at++;
  }

  private record Quantity(int min, int max) {
    static final Quantity ONCE = new Quantity(1, 1);
  }

  /** What one item contributes: a literal, an anchor set, zero width, or nothing known. */
  private record Item(String literal, Set<String> anchors, boolean zeroWidth) {
    static final Item UNKNOWN = new Item(null, null, false);
    static final Item ZERO_WIDTH = new Item(null, null, true);

    static Item literal(String text) {
      return new Item(text, null, false);
    }

    static Item anchors(Set<String> anchors) {
      return new Item(null, anchors, false);
    }
  }
}
