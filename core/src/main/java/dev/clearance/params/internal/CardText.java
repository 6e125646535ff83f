package dev.clearance.params.internal;

import dev.clearance.document.Source;
import dev.clearance.dossier.ModelCard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a model card's markdown body as plain-text paragraphs that remember the file line of
 * every character: front matter, fenced code and table rows are left out; link targets, URLs, HTML
 * tags and emphasis marks are removed, so "[2B base model](https://...gemma-2b)" reads "2B base
 * model" and a URL such as ".../which-hardware-to-train-a-176b-parameters-model" is not prose.
 */
public final class CardText {

  private static final int LINK_TARGET_CHARS = 2000;
  private static final int TAG_CHARS = 400;
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");

  /**
   * A run of prose lines joined by spaces.
   *
   * @param text the cleaned text
   * @param starts offset in {@code text} where each line begins
   * @param lines the 1-based file line of each entry in {@code starts}
   * @param block the same number for the items of one markdown list, a new one otherwise
   */
  public record Paragraph(String text, int[] starts, int[] lines, int block) {

    /** The file line of the character at {@code offset}. */
    public int lineOf(int offset) {
      int index = Arrays.binarySearch(starts, offset);
      if (index < 0) {
        index = -index - 2;
      }
      return lines[Math.max(0, index)];
    }
  }

  private final String file;
  private final List<String> lines;
  private final int bodyStart;
  private final boolean[] code;
  private final String[] cleaned;
  private final String[] folded;

  public CardText(ModelCard card) {
    this.file = card.file();
    this.lines = card.lines();
    this.bodyStart = bodyStart(card);
    this.code = codeLines(lines, bodyStart);
    this.cleaned = new String[lines.size()];
    this.folded = new String[lines.size()];
  }

  /** {@link #clean} of the 0-based line, worked out once. */
  public String cleanLine(int index) {
    String line = cleaned[index];
    if (line == null) {
      line = clean(lines.get(index));
      cleaned[index] = line;
    }
    return line;
  }

  /**
   * Whether a prose line holds "&lt;" followed somewhere on it or later by "table" in any case: a
   * card without that has no HTML table.
   */
  public boolean mayHoldHtmlTable() {
    boolean tagSeen = false;
    for (int index = bodyStart; index < lines.size(); index++) {
      if (!isProseLine(index)) {
        continue;
      }
      String line = lines.get(index);
      tagSeen |= line.indexOf('<') >= 0;
      if (tagSeen && containsIgnoreCase(line, "table")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} contains {@code lowerAscii} (lower-case ASCII), ignoring ASCII case. */
  public static boolean containsIgnoreCase(String text, String lowerAscii) {
    int last = text.length() - lowerAscii.length();
    char first = lowerAscii.charAt(0);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c | 0x20) == first && text.regionMatches(true, i, lowerAscii, 0, lowerAscii.length())) {
        return true;
      }
    }
    return false;
  }

  /** The card's file name, for sources. */
  public String file() {
    return file;
  }

  /** The source of a 1-based line of the card. */
  public Source source(int line) {
    return Source.ofLine(file, line);
  }

  /** 0-based index of the first line after the front matter. */
  public int bodyStart() {
    return bodyStart;
  }

  /** Whether the 0-based line index is part of the body and outside fenced code. */
  public boolean isProseLine(int index) {
    return index >= bodyStart && index < lines.size() && !code[index];
  }

  public List<String> lines() {
    return lines;
  }

  /**
   * Prose paragraphs that hold a digit (the only ones that can state a size) and of which a line
   * {@link #mayContain} one of {@code lowerAscii} (lower-case ASCII words): blank lines, headings,
   * list items and table rows start a new one; the items of one list share a block number. Cleaning
   * never adds a digit, and {@link #mayContain} sees through what it removes, so other paragraphs
   * are left out before their lines are cleaned.
   */
  public List<Paragraph> paragraphsMentioning(List<String> lowerAscii) {
    return buildParagraphs(lowerAscii);
  }

  private List<Paragraph> buildParagraphs(List<String> words) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int block = 0;
    boolean inList = false;
    for (int index = bodyStart; index < lines.size(); index++) {
      String line = lines.get(index);
      String stripped = isProseLine(index) ? line.strip() : "";
      boolean prose = !stripped.isEmpty() && !stripped.startsWith("|");
      boolean heading = prose && stripped.startsWith("#");
      boolean item = prose && isListItem(line);
      if (!prose || heading || item) {
        flush(current, paragraphs, block, words);
      }
      if (!prose) {
        continue;
      }
      if (current.isEmpty()) {
        if (!(item && inList)) {
          block++;
        }
        inList = item;
      }
      current.add(index);
      if (heading) {
        inList = false;
        flush(current, paragraphs, block, words);
      }
    }
    flush(current, paragraphs, block, words);
    return paragraphs;
  }

  /**
   * Whether the line opens a list item: {@code ^\s*(?:[-*+]|\d+[.)])\s+} (optional white space, a
   * bullet or a number with '.' or ')', then white space).
   */
  static boolean isListItem(String line) {
    int at = 0;
    int length = line.length();
    while (at < length && isBlank(line.charAt(at))) {
      at++;
    }
    if (at == length) {
      return false;
    }
    char c = line.charAt(at);
    if (c == '-' || c == '*' || c == '+') {
      at++;
    } else {
      int digits = at;
      while (at < length && line.charAt(at) >= '0' && line.charAt(at) <= '9') {
        at++;
      }
      if (at == digits || at == length || (line.charAt(at) != '.' && line.charAt(at) != ')')) {
        return false;
      }
      at++;
    }
    return at < length && isBlank(line.charAt(at));
  }

  /** White space as {@code \s} matches it: space, tab, line feed, vertical tab, form feed, CR. */
  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private void flush(List<Integer> indexes, List<Paragraph> into, int block, List<String> words) {
    if (indexes.isEmpty()) {
      return;
    }
    if (!anyDigit(indexes) || !mayContainAny(indexes, words)) {
      indexes.clear();
      return;
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[indexes.size()];
    int[] numbers = new int[indexes.size()];
    for (int i = 0; i < indexes.size(); i++) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      starts[i] = text.length();
      numbers[i] = indexes.get(i) + 1;
      text.append(cleanLine(indexes.get(i)));
    }
    into.add(new Paragraph(text.toString(), starts, numbers, block));
    indexes.clear();
  }

  private boolean mayContainAny(List<Integer> indexes, List<String> words) {
    for (int index : indexes) {
      for (String word : words) {
        if (mayContain(index, word)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean anyDigit(List<Integer> indexes) {
    for (int index : indexes) {
      String line = lines.get(index);
      for (int i = 0; i < line.length(); i++) {
        if (Character.isDigit(line.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@link #clean} of the 0-based line may contain {@code lowerAscii} (lower-case ASCII
   * letters), ignoring ASCII case: the line is searched in its {@link #folded} form, made once per
   * line. Cleaning removes marks ({@code * _ ` [ ]}) that may join letters, and replaces links,
   * URLs, tags and entities by a space, which joins nothing, except a link target, whose bracket
   * goes too: a line with one is cleaned before it is folded. Folding also drops a lone {@code *}
   * or {@code _}, which cleaning keeps, so the answer may be yes where the cleaned line holds the
   * word only across such a mark; it is never no where the cleaned line holds it.
   */
  public boolean mayContain(int index, String lowerAscii) {
    String search = folded[index];
    if (search == null) {
      String line = lines.get(index);
      search = folded(line.contains("](") ? cleanLine(index) : line);
      folded[index] = search;
    }
    return search.contains(lowerAscii);
  }

  /**
   * The line with the marks {@code * _ ` [ ]} removed and every other character {@code c} as {@code
   * c | 0x20}, which turns ASCII capitals into small letters and no other character into a letter:
   * a word of lower-case ASCII letters occurs in it exactly where it occurs in the line ignoring
   * ASCII case and marks.
   */
  static String folded(String line) {
    byte[] latin = null;
    char[] wide = null;
    int length = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']') {
        continue;
      }
      char lower = (char) (c | 0x20);
      if (wide == null && lower <= 0xFF) {
        latin = latin == null ? new byte[line.length()] : latin;
        latin[length++] = (byte) lower;
      } else {
        if (wide == null) {
          wide = new char[line.length()];
          for (int k = 0; k < length; k++) {
            wide[k] = (char) (latin[k] & 0xFF);
          }
        }
        wide[length++] = lower;
      }
    }
    if (wide != null) {
      return new String(wide, 0, length);
    }
    return latin == null ? "" : new String(latin, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * One line of markdown or HTML as plain text: link targets {@code ](...)} become {@code ]}, URLs,
   * HTML tags ({@code <...>} up to 400 characters) and the entities {@code &nbsp;} {@code &#160;}
   * become a space, the marks {@code ** __ ` [ ]} go, and runs of white space become one space; the
   * result is stripped. The same text as the regular expressions {@code \](\([^)\n]{0,2000}\)} →
   * "]", {@code \b(?:https?|ftp)://\S+} → " ", {@code <[^>]{0,400}>} → " ", {@code &(?:nbsp|#160);}
   * → " ", {@code \*\*|__|`|\[|\]} → "", {@code \s+} → " " applied in that order; only the URL step
   * is still one (it runs on lines with "://").
   */
  public static String clean(String line) {
    String text = line.contains("](") ? withoutLinkTargets(line) : line;
    text = text.contains("://") ? URL.matcher(text).replaceAll(" ") : text;
    text = text.indexOf('<') >= 0 ? withoutTags(text) : text;
    text = text.indexOf('&') >= 0 ? withoutEntities(text) : text;
    text = hasMarks(text) ? withoutMarks(text) : text;
    return hasRunOfSpace(text) ? oneSpace(text).strip() : text.strip();
  }

  /** Each "](" whose ')' follows within 2000 characters on the line: "(...)" removed. */
  private static String withoutLinkTargets(String text) {
    StringBuilder kept = null;
    int copied = 0;
    int at = text.indexOf("](");
    while (at >= 0) {
      int close = closingParenthesis(text, at + 2);
      if (close < 0) {
        at = text.indexOf("](", at + 1);
        continue;
      }
      kept = kept == null ? new StringBuilder(text.length()) : kept;
      kept.append(text, copied, at + 1); // keeps the ']'
      copied = close + 1;
      at = text.indexOf("](", copied);
    }
    return kept == null ? text : kept.append(text, copied, text.length()).toString();
  }

  /** The ')' that ends a link target starting at {@code from}, or -1 (a line break, too far). */
  private static int closingParenthesis(String text, int from) {
    int limit = Math.min(text.length(), from + LINK_TARGET_CHARS + 1);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Each '<' with a '>' at most 400 characters later: the tag replaced by a space. */
  private static String withoutTags(String text) {
    StringBuilder kept = null;
    int copied = 0;
    int at = text.indexOf('<');
    while (at >= 0) {
      int close = text.indexOf('>', at + 1);
      if (close < 0) {
        break; // no tag here or later
      }
      if (close - at - 1 > TAG_CHARS) {
        at = text.indexOf('<', at + 1);
        continue;
      }
      kept = kept == null ? new StringBuilder(text.length()) : kept;
      kept.append(text, copied, at).append(' ');
      copied = close + 1;
      at = text.indexOf('<', copied);
    }
    return kept == null ? text : kept.append(text, copied, text.length()).toString();
  }

  /** "&amp;nbsp;" and "&amp;#160;" replaced by a space. */
  private static String withoutEntities(String text) {
    StringBuilder kept = null;
    int copied = 0;
    int at = text.indexOf('&');
    while (at >= 0) {
      if (text.startsWith("nbsp;", at + 1) || text.startsWith("#160;", at + 1)) {
        kept = kept == null ? new StringBuilder(text.length()) : kept;
        kept.append(text, copied, at).append(' ');
        copied = at + 6;
        at = text.indexOf('&', copied);
      } else {
        at = text.indexOf('&', at + 1);
      }
    }
    return kept == null ? text : kept.append(text, copied, text.length()).toString();
  }

  /** "**", "__", '`', '[' and ']' removed, scanning left to right (a lone '*' or '_' stays). */
  private static String withoutMarks(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((c == '*' || c == '_') && i + 1 < length && text.charAt(i + 1) == c) {
        i++;
      } else if (c != '`' && c != '[' && c != ']') {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** Every run of white space ({@code \s}: space, tab, line breaks) as one space. */
  private static String oneSpace(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = isBlank(c);
      if (!blank) {
        kept.append(c);
      } else if (!inRun) {
        kept.append(' ');
      }
      inRun = blank;
    }
    return kept.toString();
  }

  private static boolean hasMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRunOfSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x80) {
        continue; // printable ASCII: no whitespace (every ASCII whitespace is at most ' ')
      }
      if (Character.isWhitespace(c)
          && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  private static int bodyStart(ModelCard card) {
    List<String> lines = card.lines();
    if (card.frontMatter().isEmpty() || lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return 0;
    }
    for (int index = 1; index < lines.size(); index++) {
      String line = lines.get(index).strip();
      if (line.equals("---") || line.equals("...")) {
        return index + 1;
      }
    }
    return lines.size();
  }

  private static boolean[] codeLines(List<String> lines, int from) {
    boolean[] code = new boolean[lines.size()];
    String open = null;
    for (int index = from; index < lines.size(); index++) {
      String fence = fence(lines.get(index));
      if (fence != null) {
        code[index] = true;
        if (open == null) {
          open = fence;
        } else if (open.equals(fence)) {
          open = null;
        }
        continue;
      }
      code[index] = open != null;
    }
    return code;
  }

  /**
   * The fence a line opens or closes with, as {@code ^\s{0,3}(```|~~~)} finds it: "```", "~~~", or
   * null when the line is no fence.
   */
  static String fence(String line) {
    int at = 0;
    while (at < 3 && at < line.length() && isBlank(line.charAt(at))) {
      at++;
    }
    if (line.startsWith("```", at)) {
      return "```";
    }
    return line.startsWith("~~~", at) ? "~~~" : null;
  }
}
