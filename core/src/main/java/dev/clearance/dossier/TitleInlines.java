package dev.clearance.dossier;

import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;

/**
 * Inline markdown parsing only where a card's section titles come from: headings, and top-level
 * paragraphs that open with {@code **} or {@code __} (bold labels). Each is parsed from at most its
 * first {@value #MAX_TITLE_CHARS} characters, line breaks read as spaces (so that a snippet cannot
 * start a new block); every other block keeps no inline content. Section text is taken from the
 * file's lines, not from the markdown tree, so nothing is lost, and hostile inline markup
 * (thousands of unclosed brackets or emphasis runs, whose parsing costs seconds and hundreds of
 * megabytes per megabyte) costs nothing.
 */
final class TitleInlines implements InlineParserFactory {

  /** Longest heading or first label line that is parsed for inline markup. */
  static final int MAX_TITLE_CHARS = 1000;

  /** Makes the snippet a paragraph whatever it starts with ("1. Intro", "> x", "---"). */
  private static final String PREFIX = "x ";

  private final Parser snippets = Parser.builder().build();

  @Override
  public InlineParser create(InlineParserContext context) {
    return (lines, block) -> {
      List<SourceLine> sourceLines = lines.getLines();
      if (sourceLines.isEmpty()) {
        return;
      }
      String text;
      if (block instanceof Heading) {
        text = lines.getContent().replace('\n', ' ');
      } else if (block instanceof Paragraph && block.getParent() instanceof Document) {
        String first = sourceLines.get(0).getContent().toString();
        if (!first.startsWith("**") && !first.startsWith("__")) {
          return;
        }
        text = lines.getContent().replace('\n', ' ');
      } else {
        return;
      }
      if (!text.isBlank()) {
        moveInlines(
            text.length() > MAX_TITLE_CHARS ? text.substring(0, MAX_TITLE_CHARS) : text, block);
      }
    };
  }

  /**
   * The text of a paragraph's opening {@code **label**} when commonmark's inline parser would make
   * it the paragraph's first node, a strong emphasis holding one text node, and null when that is
   * not certain without parsing. Certain when the label between the first two {@code **} holds no
   * character that can open inline markup ({@link #isPlainText}, and no {@code *} or {@code _}),
   * does not start or end with white space (so the opening run can open and the closing run can
   * close), and the closing run is followed by white space or the end (so it cannot open, and no
   * later delimiter can pair with it or with the opening run); what follows the label cannot change
   * nodes before it.
   */
  static String plainBoldLabel(String text) {
    if (!text.startsWith("**")) {
      return null;
    }
    int close = text.indexOf("**", 2);
    if (close <= 2) {
      return null;
    }
    String label = text.substring(2, close);
    int after = close + 2;
    if (after < text.length() && text.charAt(after) != ' ' && text.charAt(after) != '\t') {
      return null;
    }
    if (isUnicodeWhitespace(label.charAt(0))
        || isUnicodeWhitespace(label.charAt(label.length() - 1))
        || !isPlainText(label)
        || label.indexOf('*') >= 0
        || label.indexOf('_') >= 0) {
      return null;
    }
    return label;
  }

  /** White space as CommonMark's flanking rules see it: tab, line ends and space separators. */
  private static boolean isUnicodeWhitespace(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\f'
        || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * Whether commonmark's inline parser would turn {@code text} into one text node equal to it: no
   * character that can open inline markup (escapes, code, emphasis, links, images, autolinks, HTML,
   * entities), no line break, and nothing at the end that a paragraph strips.
   */
  static boolean isPlainText(String text) {
    int length = text.length();
    if (length == 0 || Character.isWhitespace(text.charAt(length - 1))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      switch (text.charAt(i)) {
        case '\\', '`', '!', '*', '_', '[', ']', '<', '&', '\n', '\r' -> {
          return false;
        }
        default -> {}
      }
    }
    return true;
  }

  private void moveInlines(String text, Node block) {
    if (block instanceof Heading && isPlainText(text)) {
      block.appendChild(new Text(text)); // what the parser makes of it, without parsing
      return;
    }
    if (block instanceof Paragraph) {
      String label = plainBoldLabel(text);
      if (label != null) {
        // The parser's first node, the only one read from a paragraph (CardHeadings).
        StrongEmphasis strong = new StrongEmphasis("**");
        strong.appendChild(new Text(label));
        block.appendChild(strong);
        return;
      }
    }
    Node paragraph = snippets.parse(PREFIX + text).getFirstChild();
    if (!(paragraph instanceof Paragraph)) {
      return;
    }
    Node child = paragraph.getFirstChild();
    if (child instanceof Text prefix && prefix.getLiteral().startsWith(PREFIX)) {
      String rest = prefix.getLiteral().substring(PREFIX.length());
      if (rest.isEmpty()) {
        child = prefix.getNext();
        prefix.unlink();
      } else {
        prefix.setLiteral(rest);
      }
    }
    while (child != null) {
      Node next = child.getNext();
      block.appendChild(child);
      child = next;
    }
  }
}
