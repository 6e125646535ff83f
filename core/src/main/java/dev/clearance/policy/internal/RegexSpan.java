package dev.clearance.policy.internal;

/**
 * How far a match of a regular expression can reach: the most characters a match can span, and the
 * most line breaks it can contain. A match that contains an anchor occurrence at offset {@code p}
 * then lies within {@code maxLength} characters of it, and within {@code maxLineBreaks} lines above
 * and below the line of {@code p}; detectors run the expression only in those windows (decision
 * 006).
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
 */
public record RegexSpan(int maxLength, int maxLineBreaks) {

  /** No bound on the length of a match. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /** Nothing known: a match can be anywhere and span anything. */
  public static final RegexSpan UNKNOWN = new RegexSpan(UNBOUNDED, UNBOUNDED);

  /** Nothing: no characters, no line breaks. */
  public static final RegexSpan NONE = new RegexSpan(0, 0);

  private static final RegexSpan ZERO = NONE;
  private static final RegexSpan ONE_CHAR = new RegexSpan(1, 0);
  private static final RegexSpan LINE_BREAK = new RegexSpan(1, 1);

  public RegexSpan {
    if (maxLength < 0 || maxLineBreaks < 0 || maxLineBreaks > maxLength) {
      throw new IllegalArgumentException(
          "impossible span: %d characters, %d line breaks".formatted(maxLength, maxLineBreaks));
    }
  }

  /** Whether the span limits where a match can be (a length or a line bound). */
  public boolean bounded() {
    return maxLength != UNBOUNDED || maxLineBreaks != UNBOUNDED;
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
        add(first.maxLength, second.maxLength), add(first.maxLineBreaks, second.maxLineBreaks));
  }

  /** The span of either part. */
  public static RegexSpan max(RegexSpan one, RegexSpan other) {
    return new RegexSpan(
        Math.max(one.maxLength, other.maxLength), Math.max(one.maxLineBreaks, other.maxLineBreaks));
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
      int longest = 0;
      int lines = 0;
      while (true) {
        RegexSpan branch = sequence();
        longest = Math.max(longest, branch.maxLength());
        lines = Math.max(lines, branch.maxLineBreaks());
        if (at < regex.length() && regex.charAt(at) == '|') {
          at++;
          continue;
        }
        return new RegexSpan(longest, lines);
      }
    }

    private RegexSpan sequence() {
      int length = 0;
      int lines = 0;
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        RegexSpan item = item();
        int[] quantity = quantifier();
        if (quantity[1] == 0) {
          continue;
        }
        length = add(length, times(item.maxLength(), quantity[1]));
        lines = add(lines, times(item.maxLineBreaks(), quantity[1]));
      }
      return new RegexSpan(length, lines);
    }

    private RegexSpan item() {
      char c = regex.charAt(at++);
      return switch (c) {
        case '(' -> group();
        case '[' -> characterClass() ? LINE_BREAK : ONE_CHAR;
        case '\\' -> escape();
        case '.' -> ONE_CHAR;
        case '^', '$' -> ZERO;
        case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
        default -> c == '\n' ? LINE_BREAK : ONE_CHAR;
      };
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
              quoted.length(), (int) quoted.chars().filter(q -> q == '\n').count());
        }
        case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
          return ZERO;
        }
        case 'd', 'w', 'S', 'h', 'V', 't', 'r', 'f', 'e', 'a' -> {
          return ONE_CHAR;
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
          return ONE_CHAR; // an escaped metacharacter such as \. or \(
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

    /** Parses a class after its '['; answers whether it can match '\n'. */
    private boolean characterClass() {
      boolean negated = false;
      if (regex.charAt(at) == '^') {
        negated = true;
        at++;
      }
      boolean newline = false;
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
          switch (e) {
            case 'n', 's', 'D', 'W', 'H', 'v' -> {
              newline = true;
              continue;
            }
            case 'd', 'w', 'S', 'h', 'V', 't', 'r', 'f', 'e', 'a' -> {
              continue;
            }
            case 'p', 'P' -> {
              skipPropertyName();
              if (negated) {
                throw new IllegalArgumentException("property in a negated class");
              }
              newline = true;
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
      }
      at++;
      return negated != newline;
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
