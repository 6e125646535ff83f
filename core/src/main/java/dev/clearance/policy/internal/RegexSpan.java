package dev.clearance.policy.internal;

/**
 * How far a match of a regular expression can reach: the most characters a match can span, the most
 * line breaks and the most white-space characters ({@link #isBlank}: what {@code \s} matches) it
 * can contain. A match that contains an anchor occurrence at offset {@code p} then lies within
 * {@code maxLength} characters of it, within {@code maxLineBreaks} lines above and below the line
 * of {@code p}, and within {@code maxBlanks} white-space characters of it ("words" for a part such
 * as {@code \d[\d,.]*\s?}); detectors run the expression only in those windows (decision 006).
 *
 * <p>The analysis is conservative, for the flags of {@link dev.clearance.policy.TextPattern#FLAGS}
 * (case-insensitive, multi-line, no {@code DOTALL}, no comments): a construct it does not know
 * (back-references, {@code \X}, {@code \R}, {@code \p} inside negated classes, inline flags {@code
 * s}, {@code x} or {@code d}, class intersections) gives {@link #UNKNOWN}, which means "search the
 * whole text". So do atomic groups and possessive quantifiers: cut off at the end of a window they
 * could give up characters they would keep in the whole text, and match where it does not.
 *
 * @param maxLength the most characters a match can span, or {@link #UNBOUNDED}
 * @param maxLineBreaks the most {@code '\n'} a match can contain, or {@link #UNBOUNDED}
 * @param maxBlanks the most white-space characters ({@link #isBlank}) a match can contain, line
 *     breaks included, or {@link #UNBOUNDED}
 */
public record RegexSpan(int maxLength, int maxLineBreaks, int maxBlanks) {

  /** No bound on the length of a match. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /** Nothing known: a match can be anywhere and span anything. */
  public static final RegexSpan UNKNOWN = new RegexSpan(UNBOUNDED, UNBOUNDED, UNBOUNDED);

  /** Nothing: no characters, no line breaks. */
  public static final RegexSpan NONE = new RegexSpan(0, 0, 0);

  private static final RegexSpan ZERO = NONE;
  private static final RegexSpan ONE_CHAR = new RegexSpan(1, 0, 0);
  private static final RegexSpan ONE_BLANK = new RegexSpan(1, 0, 1);
  private static final RegexSpan LINE_BREAK = new RegexSpan(1, 1, 1);

  public RegexSpan {
    if (maxLength < 0 || maxLineBreaks < 0 || maxLineBreaks > maxBlanks || maxBlanks > maxLength) {
      throw new IllegalArgumentException(
          "impossible span: %d characters, %d line breaks, %d blanks"
              .formatted(maxLength, maxLineBreaks, maxBlanks));
    }
  }

  /**
   * Whether {@code c} is white space as {@code \s} matches it without the {@code
   * UNICODE_CHARACTER_CLASS} flag: space, tab, line feed, vertical tab, form feed, carriage return.
   */
  public static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Whether the span limits where a match can be (a length, line or white-space bound). */
  public boolean bounded() {
    return maxLength != UNBOUNDED || maxLineBreaks != UNBOUNDED || maxBlanks != UNBOUNDED;
  }

  /** The span of {@code regex} compiled with the policy flags; {@link #UNKNOWN} when not proven. */
  public static RegexSpan of(String regex) {
    try {
      Parser parser = new Parser(regex);
      RegexSpan span = parser.alternation();
      return parser.at == regex.length() ? span : UNKNOWN;
    } catch (RuntimeException unknownSyntax) {
      return UNKNOWN;
    }
  }

  /** The span of one part followed by another. */
  public static RegexSpan sum(RegexSpan first, RegexSpan second) {
    return new RegexSpan(
        add(first.maxLength, second.maxLength),
        add(first.maxLineBreaks, second.maxLineBreaks),
        add(first.maxBlanks, second.maxBlanks));
  }

  /** The span of either part. */
  public static RegexSpan max(RegexSpan one, RegexSpan other) {
    return new RegexSpan(
        Math.max(one.maxLength, other.maxLength),
        Math.max(one.maxLineBreaks, other.maxLineBreaks),
        Math.max(one.maxBlanks, other.maxBlanks));
  }

  private static int add(int a, int b) {
    long sum = (long) a + b;
    return sum >= UNBOUNDED ? UNBOUNDED : (int) sum;
  }

  private static int times(int length, int count) {
    if (length == 0 || count == 0) {
      return 0;
    }
    long product = (long) length * count;
    return product >= UNBOUNDED ? UNBOUNDED : (int) product;
  }

  private static final class Parser {
    private final String regex;
    private int at;

    Parser(String regex) {
      this.regex = regex;
    }

    RegexSpan alternation() {
      RegexSpan widest = NONE;
      while (true) {
        widest = max(widest, sequence());
        if (at < regex.length() && regex.charAt(at) == '|') {
          at++;
          continue;
        }
        return widest;
      }
    }

    private RegexSpan sequence() {
      int length = 0;
      int lines = 0;
      int blanks = 0;
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        RegexSpan item = item();
        int[] quantity = quantifier();
        if (quantity[1] == 0) {
          continue;
        }
        length = add(length, times(item.maxLength(), quantity[1]));
        lines = add(lines, times(item.maxLineBreaks(), quantity[1]));
        blanks = add(blanks, times(item.maxBlanks(), quantity[1]));
      }
      return new RegexSpan(length, lines, blanks);
    }

    private RegexSpan item() {
      char c = regex.charAt(at++);
      return switch (c) {
        case '(' -> group();
        case '[' -> characterClass();
        case '\\' -> escape();
        case '.' -> ONE_BLANK; // any character but a line terminator, a space too
        case '^', '$' -> ZERO;
        case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
        default -> literal(c);
      };
    }

    private static RegexSpan literal(char c) {
      return c == '\n' ? LINE_BREAK : isBlank(c) ? ONE_BLANK : ONE_CHAR;
    }

    private RegexSpan group() {
      boolean zeroWidth = false;
      if (at < regex.length() && regex.charAt(at) == '?') {
        at++;
        char kind = regex.charAt(at);
        if (kind == '=' || kind == '!') {
          zeroWidth = true;
          at++;
        } else if (kind == '<' && (regex.charAt(at + 1) == '=' || regex.charAt(at + 1) == '!')) {
          zeroWidth = true;
          at += 2;
        } else if (kind == '>') {
          // An atomic group cut off at a window's end could match where the whole text does not.
          throw new IllegalArgumentException("atomic group");
        } else {
          while (regex.charAt(at) != ':' && regex.charAt(at) != ')') {
            char flag = regex.charAt(at++);
            if (flag != 'i' && flag != 'm' && flag != 'u' && flag != 'U' && flag != '-') {
              throw new IllegalArgumentException("flag that changes what a match spans: " + flag);
            }
          }
          if (regex.charAt(at) == ')') {
            at++;
            return ZERO;
          }
          at++;
        }
      }
      RegexSpan inner = alternation();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new IllegalArgumentException("unclosed group");
      }
      at++;
      return zeroWidth ? ZERO : inner;
    }

    private RegexSpan escape() {
      char c = regex.charAt(at++);
      switch (c) {
        case 'Q' -> {
          int end = regex.indexOf("\\E", at);
          String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
          at = end < 0 ? regex.length() : end + 2;
          return new RegexSpan(
              quoted.length(),
              (int) quoted.chars().filter(q -> q == '\n').count(),
              (int) quoted.chars().filter(q -> isBlank((char) q)).count());
        }
        case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
          return ZERO;
        }
        case 'd', 'w', 'S', 'e', 'a' -> {
          return ONE_CHAR;
        }
        case 'h', 'V', 't', 'r', 'f' -> {
          return ONE_BLANK; // horizontal or non-vertical white space, tab, CR, form feed
        }
        case 's', 'D', 'W', 'H', 'v', 'n' -> {
          return LINE_BREAK;
        }
        case 'p', 'P' -> {
          skipPropertyName();
          return LINE_BREAK;
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            throw new IllegalArgumentException("escape not analysed: \\" + c);
          }
          return literal(c); // an escaped metacharacter such as \. or \(
        }
      }
    }

    private void skipPropertyName() {
      if (regex.charAt(at) == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed property");
        }
        at = close + 1;
      } else {
        at++;
      }
    }

    /**
     * Parses a class after its '['; one character, a line break when the class can match '\n', a
     * blank when it can match white space (any negated class but one that holds {@code \s}).
     */
    private RegexSpan characterClass() {
      boolean negated = false;
      if (regex.charAt(at) == '^') {
        negated = true;
        at++;
      }
      boolean newline = false;
      boolean blank = false;
      boolean allBlanks = false;
      boolean first = true;
      while (first || regex.charAt(at) != ']') {
        first = false;
        char c = regex.charAt(at++);
        if (c == '[' || (c == '&' && regex.charAt(at) == '&')) {
          throw new IllegalArgumentException("nested class or intersection");
        }
        int low;
        if (c == '\\') {
          char e = regex.charAt(at++);
          if (Character.isLetter(e) && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
            throw new IllegalArgumentException("range from a class escape: \\" + e);
          }
          switch (e) {
            case 'n', 's', 'D', 'W', 'H', 'v' -> {
              newline = true;
              blank = true;
              allBlanks |= e == 's';
              continue;
            }
            case 'h', 'V', 't', 'r', 'f' -> {
              blank = true;
              continue;
            }
            case 'd', 'w', 'S', 'e', 'a' -> {
              continue;
            }
            case 'p', 'P' -> {
              skipPropertyName();
              if (negated) {
                throw new IllegalArgumentException("property in a negated class");
              }
              newline = true;
              blank = true;
              continue;
            }
            default -> {
              if (Character.isLetterOrDigit(e)) {
                throw new IllegalArgumentException("escape not analysed in a class: \\" + e);
              }
              low = e;
            }
          }
        } else {
          low = c;
        }
        int high = low;
        if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
          at++;
          char end = regex.charAt(at++);
          if (end == '\\') {
            char e = regex.charAt(at++);
            if (Character.isLetterOrDigit(e)) {
              throw new IllegalArgumentException("escape not analysed in a range: \\" + e);
            }
            end = e;
          }
          high = end;
        }
        newline |= low <= '\n' && '\n' <= high;
        blank |= (low <= ' ' && ' ' <= high) || (low <= '\r' && '\t' <= high);
      }
      at++;
      boolean matchesNewline = negated != newline;
      boolean matchesBlank = negated ? !allBlanks : blank;
      return matchesNewline ? LINE_BREAK : matchesBlank ? ONE_BLANK : ONE_CHAR;
    }

    /** {min, max} of the quantifier after an item; {1, 1} when there is none. */
    private int[] quantifier() {
      if (at >= regex.length()) {
        return new int[] {1, 1};
      }
      int[] quantity;
      switch (regex.charAt(at)) {
        case '?' -> quantity = new int[] {0, 1};
        case '*' -> quantity = new int[] {0, UNBOUNDED};
        case '+' -> quantity = new int[] {1, UNBOUNDED};
        case '{' -> {
          int close = regex.indexOf('}', at);
          String[] bounds = regex.substring(at + 1, close).split(",", -1);
          int min = Integer.parseInt(bounds[0].strip());
          int max =
              bounds.length == 1
                  ? min
                  : bounds[1].isBlank() ? UNBOUNDED : Integer.parseInt(bounds[1].strip());
          at = close;
          quantity = new int[] {min, max};
        }
        default -> {
          return new int[] {1, 1};
        }
      }
      at++;
      if (at < regex.length() && regex.charAt(at) == '+') {
        // A possessive quantifier cut off at a window's end could match where the text does not.
        throw new IllegalArgumentException("possessive quantifier");
      }
      if (at < regex.length() && regex.charAt(at) == '?') {
        at++;
      }
      return quantity;
    }
  }
}
