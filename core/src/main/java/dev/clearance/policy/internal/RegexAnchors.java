package dev.clearance.policy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The anchors of a regular expression with how far a match reaches on either side of the anchor
   * occurrence it contains, per anchor: in {@code (\\d+ kwh|mwh)} a match reaches further before
   * {@code kwh} than before {@code mwh}.
   *
   * @param reaches every anchor (lower case; every match contains one) with its reach
   */
  public record Anchoring(Map<String, Reach> reaches) {
    public Anchoring {
      reaches = Map.copyOf(reaches);
    }

    /** Lower-case literals, one of which every match contains. */
    public Set<String> anchors() {
      return reaches.keySet();
    }

    /** The widest reach before an anchor, over all anchors. */
    public RegexSpan before() {
      return reaches.values().stream().map(Reach::before).reduce(RegexSpan.NONE, RegexSpan::max);
    }

    /** The widest reach after an anchor, over all anchors. */
    public RegexSpan after() {
      return reaches.values().stream().map(Reach::after).reduce(RegexSpan.NONE, RegexSpan::max);
    }

    /** Every anchor reaching further by {@code before} and {@code after}. */
    Anchoring widened(RegexSpan before, RegexSpan after) {
      Map<String, Reach> wider = new LinkedHashMap<>();
      reaches.forEach(
          (anchor, reach) ->
              wider.put(
                  anchor,
                  new Reach(
                      RegexSpan.sum(before, reach.before()), RegexSpan.sum(reach.after(), after))));
      return new Anchoring(wider);
    }
  }

  /**
   * How far a match reaches around the anchor occurrence it contains.
   *
   * @param before the most characters, line breaks and blanks between a match's start and the
   *     occurrence
   * @param after the same between the end of the occurrence and the match's end
   */
  public record Reach(RegexSpan before, RegexSpan after) {
    public Reach {
      java.util.Objects.requireNonNull(before, "before");
      java.util.Objects.requireNonNull(after, "after");
    }

    /** The wider of two reaches, part by part. */
    public static Reach max(Reach one, Reach other) {
      return new Reach(
          RegexSpan.max(one.before(), other.before()), RegexSpan.max(one.after(), other.after()));
    }
  }

  /** The anchors of {@code regex}, or null when no set can be proven. */
  public static Set<String> of(String regex) {
    Anchoring anchoring = anchoring(regex);
    return anchoring == null ? null : anchoring.anchors();
  }

  /** The anchors of {@code regex} and their reach, or null when no set can be proven. */
  public static Anchoring anchoring(String regex) {
    try {
      RegexAnchors parser = new RegexAnchors(regex);
      Anchoring anchoring = parser.alternation();
      if (parser.at != regex.length() || anchoring == null) {
        return null;
      }
      for (String anchor : anchoring.anchors()) {
        if (anchor.length() < MIN_ANCHOR_LENGTH && !rare(anchor)) {
          return null;
        }
      }
      return anchoring;
    } catch (RuntimeException unknownSyntax) {
      return null;
    }
  }

  /**
   * Every anchoring of an expression that is one sequence (no top-level alternation): one per
   * required literal run or group, each a set of anchors every match contains, with its own reach;
   * a match must contain an anchor of each. Empty when the expression is an alternation or not
   * understood; sets with too short anchors are left out.
   */
  public static List<Anchoring> alternatives(String regex) {
    try {
      RegexAnchors parser = new RegexAnchors(regex);
      List<Anchoring> candidates = parser.sequenceCandidates();
      if (parser.at != regex.length()) {
        return List.of();
      }
      List<Anchoring> usable = new ArrayList<>();
      for (Anchoring candidate : candidates) {
        if (candidate.anchors().stream()
            .allMatch(anchor -> anchor.length() >= MIN_ANCHOR_LENGTH || rare(anchor))) {
          usable.add(candidate);
        }
      }
      return usable;
    } catch (RuntimeException unknownSyntax) {
      return List.of();
    }
  }

  /**
   * The branches of {@code regex} when it is an alternation at its top level ({@code a|b(c|d)}
   * gives {@code a} and {@code b(c|d)}); a list of one (the whole expression) when it is not, or
   * when a branch could mean something else on its own: the expression holds an inline flag group
   * ({@code (?i)}, {@code (?i:...)}) or a back-reference. Escapes, {@code \\Q...\\E} and character
   * classes (nested ones too) are skipped.
   */
  public static List<String> topLevelBranches(String regex) {
    List<String> branches = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int at = 0;
    int length = regex.length();
    while (at < length) {
      char c = regex.charAt(at);
      if (c == '\\') {
        if (at + 1 >= length) {
          return List.of(regex);
        }
        char next = regex.charAt(at + 1);
        if (next == 'Q') {
          int end = regex.indexOf("\\E", at + 2);
          at = end < 0 ? length : end + 2;
          continue;
        }
        if (Character.isDigit(next) || next == 'k') {
          return List.of(regex); // a back-reference
        }
        at += 2;
      } else if (c == '[') {
        at = afterClass(regex, at);
        if (at < 0) {
          return List.of(regex);
        }
      } else if (c == '(') {
        if (at + 2 < length
            && regex.charAt(at + 1) == '?'
            && (Character.isLetter(regex.charAt(at + 2)) || regex.charAt(at + 2) == '-')) {
          return List.of(regex); // an inline flag
        }
        depth++;
        at++;
      } else if (c == ')') {
        depth--;
        at++;
      } else if (c == '|' && depth == 0) {
        branches.add(regex.substring(start, at));
        start = ++at;
      } else {
        at++;
      }
    }
    branches.add(regex.substring(start));
    return branches;
  }

  /** The offset after the class that opens at {@code open}, or -1 when it does not close. */
  private static int afterClass(String regex, int open) {
    int at = open + 1;
    if (at < regex.length() && regex.charAt(at) == '^') {
      at++;
    }
    if (at < regex.length() && regex.charAt(at) == ']') {
      at++; // a ']' first in a class is a literal
    }
    while (at < regex.length()) {
      char c = regex.charAt(at);
      if (c == '\\') {
        at += 2;
      } else if (c == '[') {
        at = afterClass(regex, at);
        if (at < 0) {
          return -1;
        }
      } else if (c == ']') {
        return at + 1;
      } else {
        at++;
      }
    }
    return -1;
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

  /**
   * branch ( '|' branch )* : every branch must have anchors; their union is the answer, each anchor
   * with the widest reach it has in any branch.
   */
  private Anchoring alternation() {
    Map<String, Reach> union = new LinkedHashMap<>();
    boolean known = true;
    while (true) {
      Anchoring branch = sequence();
      if (branch == null) {
        known = false;
      } else {
        branch.reaches().forEach((anchor, reach) -> union.merge(anchor, reach, Reach::max));
      }
      if (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        continue;
      }
      return known ? new Anchoring(union) : null;
    }
  }

  /**
   * A sequence of items: every required item constrains a match; the most selective one wins. Its
   * reach is the span of the items before and after it (plus its own reach inside a group).
   */
  private Anchoring sequence() {
    Anchoring best = null;
    for (Anchoring candidate : sequenceCandidates()) {
      if (best == null || shortest(candidate.anchors()) > shortest(best.anchors())) {
        best = candidate;
      }
    }
    return best;
  }

  /** Every required literal run or group of a sequence, as an anchoring with its reach. */
  private List<Anchoring> sequenceCandidates() {
    List<Candidate> candidates = new ArrayList<>();
    List<int[]> items = new ArrayList<>(); // source offsets [start, end) of every item
    StringBuilder run = new StringBuilder();
    int runFirst = -1;
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      int start = at;
      Item item = item();
      Quantity quantity = quantifier();
      items.add(new int[] {start, at});
      int index = items.size() - 1;
      if (item.literal != null && quantity.min >= 1 && quantity.max == 1) {
        if (run.isEmpty()) {
          runFirst = index;
        }
        run.append(item.literal);
        continue;
      }
      flush(run, runFirst, index - 1, candidates);
      if (item.literal != null && quantity.min >= 1) {
        candidates.add(new Candidate(Set.of(lower(item.literal)), index, index, null));
      } else if (item.anchors != null && quantity.min >= 1) {
        candidates.add(
            new Candidate(
                item.anchors.anchors(), index, index, quantity.max == 1 ? item.anchors : null));
      }
    }
    flush(run, runFirst, items.size() - 1, candidates);
    List<Anchoring> anchorings = new ArrayList<>();
    for (Candidate candidate : candidates) {
      anchorings.add(reach(candidate, items));
    }
    return anchorings;
  }

  /** The anchoring of one candidate: its anchors reach over the items before and after it. */
  private Anchoring reach(Candidate best, List<int[]> items) {
    RegexSpan before = span(items, 0, best.first());
    RegexSpan after = span(items, best.last() + 1, items.size());
    if (best.inner() != null) {
      return best.inner().widened(before, after);
    }
    if (best.first() == best.last() && !isPlainLiteral(items.get(best.first()))) {
      // a repeated literal or group: the occurrence can be anywhere in the repetitions
      RegexSpan whole = span(items, best.first(), best.first() + 1);
      before = RegexSpan.sum(before, whole);
      after = RegexSpan.sum(whole, after);
    }
    Map<String, Reach> reaches = new LinkedHashMap<>();
    for (String anchor : best.anchors()) {
      reaches.put(anchor, new Reach(before, after));
    }
    return new Anchoring(reaches);
  }

  /** Whether the item is a single literal character or escape without a quantifier. */
  private boolean isPlainLiteral(int[] item) {
    String source = regex.substring(item[0], item[1]);
    return source.length() == 1 || (source.length() == 2 && source.charAt(0) == '\\');
  }

  /** The span of items [from, to) of the current sequence. */
  private RegexSpan span(List<int[]> items, int from, int to) {
    if (from >= to) {
      return RegexSpan.NONE;
    }
    return RegexSpan.of(regex.substring(items.get(from)[0], items.get(to - 1)[1]));
  }

  /** A required literal run or group: its anchors, item range, and inner reach (groups once). */
  private record Candidate(Set<String> anchors, int first, int last, Anchoring inner) {}

  private static void flush(StringBuilder run, int first, int last, List<Candidate> candidates) {
    if (!run.isEmpty()) {
      candidates.add(new Candidate(Set.of(lower(run)), first, last, null));
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
    Anchoring inner = alternation();
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
  private record Item(String literal, Anchoring anchors, boolean zeroWidth) {
    static final Item UNKNOWN = new Item(null, null, false);
    static final Item ZERO_WIDTH = new Item(null, null, true);

    static Item literal(String text) {
      return new Item(text, null, false);
    }

    static Item anchors(Anchoring anchors) {
      return new Item(null, anchors, false);
    }
  }
}
