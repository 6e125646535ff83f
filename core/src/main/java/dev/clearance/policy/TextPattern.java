package dev.clearance.policy;

import dev.clearance.policy.internal.RegexAnchors;
import dev.clearance.policy.internal.RegexSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression of the policy that is searched in card text, with the literal anchors any
 * match must contain (lower case) and, per anchor, how far a match can reach around it ({@link
 * RegexAnchors.Reach}). Text that holds none of the anchors cannot match, so detectors skip it
 * without running the expression; in text that holds some, the expression is tried only at the
 * start positions a match containing one of them can have, when the reach is bounded (decisions 004
 * and 006). No anchors means the expression always runs on the whole text.
 *
 * @param regex the compiled expression
 * @param reaches every anchor (lower case; every match contains one) with how far a match reaches
 *     before and after an occurrence of it; empty when no anchors are known
 * @param others further anchor sets with their reach, one of each of which every match also
 *     contains (the other required parts of a sequence: "bias ... evaluated" needs both words); a
 *     text must hold an anchor of every set, and the windows come from the set with the fewest
 *     occurrences in it
 * @param branches when the expression is an alternation {@code A|B|...} at its top level, each
 *     branch on its own (a match starts where the first branch match starts, so each is searched
 *     with its own reach); otherwise empty
 */
public record TextPattern(
    Pattern regex,
    Map<String, RegexAnchors.Reach> reaches,
    List<Map<String, RegexAnchors.Reach>> others,
    List<TextPattern> branches) {

  /** Case-insensitive, multi-line: how every policy text pattern is compiled. */
  public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

  /** Matches that may span more line breaks or blanks than this are windowed by length only. */
  private static final int MAX_WINDOW_SEPARATORS = 8;

  /**
   * Start ranges up to this many positions are tried one position after the other ({@link
   * Matcher#lookingAt}); longer ones are searched ({@link Matcher#find}) up to the window's end.
   */
  private static final int MAX_TRIED_STARTS = 24;

  private static final RegexAnchors.Reach UNKNOWN_REACH =
      new RegexAnchors.Reach(RegexSpan.UNKNOWN, RegexSpan.UNKNOWN);

  public TextPattern {
    java.util.Objects.requireNonNull(regex, "regex");
    reaches = Map.copyOf(reaches);
    others = others.stream().map(Map::copyOf).toList();
    branches = List.copyOf(branches);
  }

  /** A pattern whose matches are searched in whole texts (no reach known). */
  public TextPattern(Pattern regex, Set<String> anchors) {
    this(regex, unknownReaches(anchors), List.of(), List.of());
  }

  private static Map<String, RegexAnchors.Reach> unknownReaches(Set<String> anchors) {
    Map<String, RegexAnchors.Reach> reaches = new HashMap<>();
    anchors.forEach(anchor -> reaches.put(anchor, UNKNOWN_REACH));
    return reaches;
  }

  /**
   * Compiles {@code source} with {@link #FLAGS} and works out its anchors and reach.
   *
   * @throws java.util.regex.PatternSyntaxException when the expression is invalid
   */
  public static TextPattern compile(String source) {
    Pattern regex = Pattern.compile(source, FLAGS);
    RegexAnchors.Anchoring anchoring = RegexAnchors.anchoring(source);
    if (anchoring == null) {
      return new TextPattern(regex, Map.of(), List.of(), List.of());
    }
    return new TextPattern(regex, anchoring.reaches(), others(source, anchoring), branches(source));
  }

  /** The anchor sets of a sequence other than {@code primary}'s. */
  private static List<Map<String, RegexAnchors.Reach>> others(
      String source, RegexAnchors.Anchoring primary) {
    List<Map<String, RegexAnchors.Reach>> others = new ArrayList<>();
    for (RegexAnchors.Anchoring alternative : RegexAnchors.alternatives(source)) {
      if (!alternative.anchors().equals(primary.anchors())) {
        others.add(alternative.reaches());
      }
    }
    return others;
  }

  /**
   * The branches of a top-level alternation, each compiled with its anchors; empty when the
   * expression is no such alternation, or when a branch could mean something else on its own (an
   * inline flag or a back-reference anywhere) or has no anchors.
   */
  private static List<TextPattern> branches(String source) {
    List<String> parts = RegexAnchors.topLevelBranches(source);
    if (parts.size() < 2) {
      return List.of();
    }
    List<TextPattern> branches = new ArrayList<>();
    for (String part : parts) {
      RegexAnchors.Anchoring anchoring = RegexAnchors.anchoring(part);
      if (anchoring == null) {
        return List.of();
      }
      try {
        branches.add(
            new TextPattern(
                Pattern.compile(part, FLAGS),
                anchoring.reaches(),
                others(part, anchoring),
                List.of()));
      } catch (PatternSyntaxException notABranch) {
        return List.of(); // split where the expression does not; search it whole
      }
    }
    return branches;
  }

  /** Lower-case literals one of which every match contains; empty when unknown. */
  public Set<String> anchors() {
    return reaches.keySet();
  }

  /** The widest reach of a match before an occurrence of any anchor. */
  public RegexSpan before() {
    return reaches.values().stream()
        .map(RegexAnchors.Reach::before)
        .reduce(RegexSpan.NONE, RegexSpan::max);
  }

  /** The widest reach of a match after an occurrence of any anchor. */
  public RegexSpan after() {
    return reaches.values().stream()
        .map(RegexAnchors.Reach::after)
        .reduce(RegexSpan.NONE, RegexSpan::max);
  }

  /** Whether text whose anchors are {@code present} may hold a match. */
  public boolean mayMatch(Set<String> present) {
    if (reaches.isEmpty()) {
      return true;
    }
    if (present.size() < reaches.size()) {
      for (String anchor : present) {
        if (reaches.containsKey(anchor)) {
          return true;
        }
      }
      return false;
    }
    for (String anchor : reaches.keySet()) {
      if (present.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset where the first match of this pattern in {@code text} starts, or -1 when there is
   * none; the same answer as {@code regex().matcher(text).find()}. {@code hits} must be the anchor
   * hits of the same text ({@link AnchorIndex#hits}).
   *
   * <p>A match contains an anchor occurrence and starts at most its anchor's reach before it: at
   * most {@link RegexSpan#maxLength} characters, {@link RegexSpan#maxLineBreaks} line breaks and
   * {@link RegexSpan#maxBlanks} blanks before, and ends within the same bounds after it. The
   * expression is tried only at those start positions, with the match's end limited to the
   * occurrence's window, and with transparent, non-anchoring bounds so that look-arounds, word
   * boundaries and line anchors see the whole text. Every match found so is a match of the whole
   * text, and the leftmost match of the whole text is found at its start, so the first start found
   * in text order is the answer.
   */
  public int firstMatch(String text, AnchorHits hits) {
    return firstMatch(text, hits, 0);
  }

  /**
   * The next match at or after offset {@code from}, the same as {@code find()} would give after a
   * match that ended there (start, end and groups): a matcher positioned on it, or null when there
   * is none. {@code hits} must be the anchor hits of the same text.
   */
  public Matcher nextMatch(String text, AnchorHits hits, int from) {
    int start = firstMatch(text, hits, from);
    if (start < 0) {
      return null;
    }
    Matcher matcher = regex.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    if (!matcher.region(start, text.length()).lookingAt()) {
      throw new IllegalStateException("no match of /" + regex + "/ at " + start);
    }
    return matcher;
  }

  /** The start of the first match at or after {@code from}, or -1. */
  private int firstMatch(String text, AnchorHits hits, int from) {
    if (reaches.isEmpty()) {
      Matcher matcher = regex.matcher(text);
      return from <= text.length() && matcher.find(from) ? matcher.start() : -1;
    }
    long[] present = hits.presentOf(this);
    if (present == null ? !mayMatch(hits.present()) : present.length == 0) {
      return -1;
    }
    if (!branches.isEmpty()) {
      int best = Integer.MAX_VALUE;
      for (TextPattern branch : branches) {
        int start = branch.firstMatch(text, hits, from, best);
        if (start >= 0) {
          best = start;
        }
      }
      return best == Integer.MAX_VALUE ? -1 : best;
    }
    return firstMatch(text, hits, from, Integer.MAX_VALUE, present);
  }

  /** The start of the first match in [from, limit), or -1; for a branch. */
  private int firstMatch(String text, AnchorHits hits, int from, int limit) {
    long[] present = hits.presentOf(this);
    if (present == null ? !mayMatch(hits.present()) : present.length == 0) {
      return -1;
    }
    return firstMatch(text, hits, from, limit, present);
  }

  private int firstMatch(String text, AnchorHits hits, int from, int limit, long[] present) {
    Map<String, RegexAnchors.Reach> chosen = reaches;
    if (!others.isEmpty()) {
      int fewest = occurrences(reaches, hits);
      for (Map<String, RegexAnchors.Reach> other : others) {
        int count = occurrences(other, hits);
        if (count == 0) {
          return -1; // a required part is missing from the text
        }
        if (count < fewest) {
          fewest = count;
          chosen = other;
        }
      }
    }
    Windows windows =
        chosen != reaches
            ? windows(text, hits, chosen)
            : present == null ? windows(text, hits, reaches) : windows(text, hits, present);
    Matcher matcher = regex.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int best = limit;
    int next = 0;
    while (next < windows.count && windows.low(next) < best) {
      // A group of start ranges that overlap or touch, tried up to the widest end among them.
      int low = windows.low(next);
      int high = windows.high(next);
      int end = windows.end(next);
      next++;
      while (next < windows.count && windows.low(next) <= high + 1) {
        high = Math.max(high, windows.high(next));
        end = Math.max(end, windows.end(next));
        next++;
      }
      low = Math.max(low, from);
      high = Math.min(high, best - 1);
      if (high < low) {
        continue; // the whole group lies before from
      }
      if (high - low < MAX_TRIED_STARTS) {
        for (int start = low; start <= high; start++) {
          if (matcher.region(start, end).lookingAt()) {
            return start; // every earlier start was tried with at least the end it needs
          }
        }
      } else if (matcher.region(low, end).find()) {
        if (matcher.start() <= high) {
          return matcher.start();
        }
        best = Math.min(best, matcher.start()); // a later group may hold an earlier start
      }
    }
    return best == limit ? -1 : best;
  }

  /**
   * Per anchor occurrence: the start positions a match containing it can have, [low, high], and the
   * furthest its end can be; sorted by low.
   */
  private static final class Windows {
    private long[] order = new long[8]; // low << 32 | index
    private int[] highs = new int[8];
    private int[] ends = new int[8];
    private int count;

    void add(int low, int high, int end) {
      if (count == order.length) {
        order = Arrays.copyOf(order, count * 2);
        highs = Arrays.copyOf(highs, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      order[count] = ((long) low << 32) | count;
      highs[count] = high;
      ends[count] = end;
      count++;
    }

    void sort() {
      Arrays.sort(order, 0, count);
    }

    int low(int rank) {
      return (int) (order[rank] >>> 32);
    }

    int high(int rank) {
      return highs[(int) order[rank]];
    }

    int end(int rank) {
      return ends[(int) order[rank]];
    }
  }

  /** The start ranges and ends of every occurrence of one of the anchors of {@code set}. */
  private static Windows windows(
      String text, AnchorHits hits, Map<String, RegexAnchors.Reach> set) {
    Windows windows = new Windows();
    for (Map.Entry<String, RegexAnchors.Reach> anchor : set.entrySet()) {
      int[] starts = hits.startsOf(anchor.getKey());
      if (starts != null) {
        add(windows, text, anchor.getKey(), anchor.getValue(), starts);
      }
    }
    windows.sort();
    return windows;
  }

  /** How many times anchors of {@code set} occur in the text of {@code hits}. */
  private static int occurrences(Map<String, RegexAnchors.Reach> set, AnchorHits hits) {
    int known = hits.occurrences(set);
    if (known >= 0) {
      return known;
    }
    int count = 0;
    for (String anchor : set.keySet()) {
      int[] starts = hits.startsOf(anchor);
      count += starts == null ? 0 : starts.length;
    }
    return count;
  }

  /** The same, for the anchors whose bits are set in {@code present} (indexes of the hits). */
  private Windows windows(String text, AnchorHits hits, long[] present) {
    Windows windows = new Windows();
    for (int word = 0; word < present.length; word++) {
      long bits = present[word];
      while (bits != 0) {
        int index = (word << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        String anchor = hits.anchor(index);
        add(windows, text, anchor, reaches.get(anchor), hits.startsOf(index));
      }
    }
    windows.sort();
    return windows;
  }

  private static void add(
      Windows windows, String text, String anchor, RegexAnchors.Reach reach, int[] starts) {
    int length = text.length();
    RegexSpan before = reach.before();
    RegexSpan after = reach.after();
    int size = anchor.length();
    boolean multiLine = anchor.indexOf('\n') >= 0;
    for (int start : starts) {
      int end = start + size;
      int from = 0;
      int to = length;
      if (before.maxLength() != RegexSpan.UNBOUNDED) {
        from = Math.max(0, start - before.maxLength());
      }
      if (after.maxLength() != RegexSpan.UNBOUNDED) {
        to = (int) Math.min(length, (long) end + after.maxLength());
      }
      if (!multiLine) {
        if (before.maxLineBreaks() <= MAX_WINDOW_SEPARATORS) {
          from = Math.max(from, linesBefore(text, start, before.maxLineBreaks()));
        }
        if (after.maxLineBreaks() <= MAX_WINDOW_SEPARATORS) {
          to = Math.min(to, linesAfter(text, end, after.maxLineBreaks()));
        }
      }
      if (before.maxBlanks() <= MAX_WINDOW_SEPARATORS) {
        from = Math.max(from, blanksBefore(text, start, before.maxBlanks()));
      }
      if (after.maxBlanks() <= MAX_WINDOW_SEPARATORS) {
        to = Math.min(to, blanksAfter(text, end, after.maxBlanks()));
      }
      from = Math.min(from, start); // never narrower than the occurrence itself
      to = Math.max(to, end);
      windows.add(from, start, to);
    }
  }

  /** Offset just after the blank {@code blanks + 1} blanks before {@code offset}, else 0. */
  private static int blanksBefore(String text, int offset, int blanks) {
    int seen = 0;
    for (int at = offset - 1; at >= 0; at--) {
      if (RegexSpan.isBlank(text.charAt(at)) && ++seen > blanks) {
        return at + 1;
      }
    }
    return 0;
  }

  /** Offset of the blank {@code blanks + 1} blanks from {@code offset} on, else the text's end. */
  private static int blanksAfter(String text, int offset, int blanks) {
    int seen = 0;
    for (int at = offset; at < text.length(); at++) {
      if (RegexSpan.isBlank(text.charAt(at)) && ++seen > blanks) {
        return at;
      }
    }
    return text.length();
  }

  /** Offset of the start of the line {@code breaks} lines above the line of {@code offset}. */
  private static int linesBefore(String text, int offset, int breaks) {
    int at = offset;
    for (int i = 0; i <= breaks; i++) {
      at = text.lastIndexOf('\n', at - 1);
      if (at < 0) {
        return 0;
      }
    }
    return at + 1;
  }

  /**
   * Offset of the end (the '\n' or the text's end) of the line {@code breaks} lines below the line
   * where {@code offset} is; an offset on a '\n' belongs to the line that it ends.
   */
  private static int linesAfter(String text, int offset, int breaks) {
    int at = offset - 1;
    for (int i = 0; i <= breaks; i++) {
      at = text.indexOf('\n', at + 1);
      if (at < 0) {
        return text.length();
      }
    }
    return at;
  }

  @Override
  public String toString() {
    return regex.pattern();
  }
}
