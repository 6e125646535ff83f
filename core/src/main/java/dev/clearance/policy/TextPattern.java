package dev.clearance.policy;

import dev.clearance.policy.internal.RegexAnchors;
import dev.clearance.policy.internal.RegexSpan;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression of the policy that is searched in card text, with the literal anchors any
 * match must contain (lower case) and how far a match can reach ({@link RegexSpan}). Text that
 * holds none of the anchors cannot match, so detectors skip it without running the expression; in
 * text that holds some, the expression runs only in windows around them when its span is bounded
 * (decisions 004 and 006). An empty anchor set means the expression always runs on the whole text.
 *
 * @param regex the compiled expression
 * @param anchors lower-case literals one of which every match contains; empty when unknown
 * @param before how far a match reaches before the anchor occurrence it contains ({@link
 *     RegexSpan#UNKNOWN} when not known)
 * @param after how far a match reaches after the end of that occurrence
 */
public record TextPattern(Pattern regex, Set<String> anchors, RegexSpan before, RegexSpan after) {

  /** Case-insensitive, multi-line: how every policy text pattern is compiled. */
  public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

  /** Matches that may span more line breaks than this are windowed by length only. */
  private static final int MAX_WINDOW_LINE_BREAKS = 8;

  public TextPattern {
    java.util.Objects.requireNonNull(regex, "regex");
    java.util.Objects.requireNonNull(before, "before");
    java.util.Objects.requireNonNull(after, "after");
    anchors = Set.copyOf(anchors);
  }

  /** A pattern whose matches are searched in whole texts (no span known). */
  public TextPattern(Pattern regex, Set<String> anchors) {
    this(regex, anchors, RegexSpan.UNKNOWN, RegexSpan.UNKNOWN);
  }

  /**
   * Compiles {@code source} with {@link #FLAGS} and works out its anchors and span.
   *
   * @throws java.util.regex.PatternSyntaxException when the expression is invalid
   */
  public static TextPattern compile(String source) {
    Pattern regex = Pattern.compile(source, FLAGS);
    RegexAnchors.Anchoring anchoring = RegexAnchors.anchoring(source);
    if (anchoring == null) {
      return new TextPattern(regex, Set.of());
    }
    return new TextPattern(regex, anchoring.anchors(), anchoring.before(), anchoring.after());
  }

  /** Whether text whose anchors are {@code present} may hold a match. */
  public boolean mayMatch(Set<String> present) {
    if (anchors.isEmpty()) {
      return true;
    }
    if (present.size() < anchors.size()) {
      for (String anchor : present) {
        if (anchors.contains(anchor)) {
          return true;
        }
      }
      return false;
    }
    for (String anchor : anchors) {
      if (present.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset where the first match of this pattern in {@code text} starts, or -1 when there is
   * none; the same answer as {@code regex().matcher(text).find()}. {@code hits} must be the anchor
   * hits of the same text ({@link AnchorIndex#hits}). The expression runs only where an anchor
   * occurs: in the windows of {@link RegexSpan#maxLength} characters and {@link
   * RegexSpan#maxLineBreaks} lines around each occurrence, with transparent, non-anchoring bounds
   * so that look-arounds, word boundaries and line anchors see the whole text.
   */
  public int firstMatch(String text, AnchorHits hits) {
    if (anchors.isEmpty()) {
      Matcher matcher = regex.matcher(text);
      return matcher.find() ? matcher.start() : -1;
    }
    if (!mayMatch(hits.present())) {
      return -1;
    }
    if (!before.bounded() && !after.bounded()) {
      Matcher matcher = regex.matcher(text);
      return matcher.find() ? matcher.start() : -1;
    }
    long[] windows = windows(text, hits);
    Matcher matcher = regex.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    int low = -1;
    int high = -1;
    for (long window : windows) {
      int from = (int) (window >>> 32);
      int to = (int) window;
      if (low >= 0 && from <= high) {
        high = Math.max(high, to);
        continue;
      }
      if (low >= 0 && (matcher.region(low, high).find())) {
        return matcher.start();
      }
      low = from;
      high = to;
    }
    if (low >= 0 && low <= length && matcher.region(low, high).find()) {
      return matcher.start();
    }
    return -1;
  }

  /** The windows around every anchor occurrence, as (from << 32 | to), sorted by start. */
  private long[] windows(String text, AnchorHits hits) {
    long[] windows = new long[8];
    int count = 0;
    int length = text.length();
    int reachBefore = before.maxLength();
    int reachAfter = after.maxLength();
    int breaksBefore = before.maxLineBreaks();
    int breaksAfter = after.maxLineBreaks();
    for (String anchor : hits.present()) {
      if (!anchors.contains(anchor)) {
        continue;
      }
      int size = anchor.length();
      boolean multiLine = anchor.indexOf('\n') >= 0;
      for (int start : hits.startsOf(anchor)) {
        int end = start + size;
        int from = 0;
        int to = length;
        if (!multiLine) {
          if (reachBefore != RegexSpan.UNBOUNDED) {
            from = Math.max(0, start - reachBefore);
          }
          if (breaksBefore <= MAX_WINDOW_LINE_BREAKS) {
            from = Math.max(from, linesBefore(text, start, breaksBefore));
          }
          if (reachAfter != RegexSpan.UNBOUNDED) {
            to = (int) Math.min(length, (long) end + reachAfter);
          }
          if (breaksAfter <= MAX_WINDOW_LINE_BREAKS) {
            to = Math.min(to, linesAfter(text, end, breaksAfter));
          }
        }
        from = Math.min(from, start); // never narrower than the occurrence itself
        to = Math.max(to, end);
        if (count == windows.length) {
          windows = Arrays.copyOf(windows, count * 2);
        }
        windows[count++] = ((long) from << 32) | to;
      }
    }
    windows = Arrays.copyOf(windows, count);
    Arrays.sort(windows);
    return windows;
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
