package dev.clearance.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Finds where a model card's sections start: markdown headings at any depth, and paragraphs at the
 * top level of the document that open with a bold label ({@code **License** ...}), which many
 * official cards use instead of headings. Walks the tree without recursion, so nesting depth cannot
 * overflow the stack.
 */
final class CardHeadings {

  private static final Pattern TRAILING_COLONS = Pattern.compile("[:.]+$");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** Longest bold label that is taken as a section title. */
  static final int MAX_LABEL_LENGTH = 80;

  /**
   * A section start.
   *
   * @param text the heading text without markup
   * @param level 1 to 6 for headings, {@link ModelCardReader#PSEUDO_HEADING_LEVEL} for bold labels
   * @param line 1-based file line of the heading
   * @param textFromIndex 0-based file line where the section's own text starts
   */
  record Marker(String text, int level, int line, int textFromIndex) {}

  private CardHeadings() {}

  /**
   * @param document the parsed body
   * @param lineOffset file lines before the body (front matter)
   */
  static List<Marker> collect(Node document, int lineOffset) {
    List<Marker> markers = new ArrayList<>();
    Node node = document.getFirstChild();
    while (node != null) {
      boolean descend = true;
      if (node instanceof Heading heading) {
        descend = false;
        String text = plainText(heading);
        List<SourceSpan> spans = heading.getSourceSpans();
        if (!text.isBlank() && !spans.isEmpty()) {
          int first = spans.get(0).getLineIndex() + lineOffset;
          int last = spans.get(spans.size() - 1).getLineIndex() + lineOffset;
          markers.add(new Marker(text, heading.getLevel(), first + 1, last + 1));
        }
      } else if (node instanceof Paragraph paragraph) {
        descend = false;
        if (paragraph.getParent() instanceof Document
            && paragraph.getFirstChild() instanceof StrongEmphasis strong
            && !paragraph.getSourceSpans().isEmpty()) {
          String label = TRAILING_COLONS.matcher(plainText(strong)).replaceAll("").strip();
          if (!label.isEmpty() && label.length() <= MAX_LABEL_LENGTH) {
            int first = paragraph.getSourceSpans().get(0).getLineIndex() + lineOffset;
            markers.add(new Marker(label, ModelCardReader.PSEUDO_HEADING_LEVEL, first + 1, first));
          }
        }
      }
      node = next(node, document, descend);
    }
    return markers;
  }

  /** The text of literals and code spans below {@code root}, whitespace collapsed. */
  static String plainText(Node root) {
    StringBuilder text = new StringBuilder();
    Node node = root.getFirstChild();
    while (node != null) {
      if (node instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (node instanceof Code code) {
        text.append(code.getLiteral());
      }
      node = next(node, root, true);
    }
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /** The next node in document order below {@code root}, or null at the end. */
  private static Node next(Node node, Node root, boolean descend) {
    if (descend && node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    Node current = node;
    while (current != null && current != root) {
      if (current.getNext() != null) {
        return current.getNext();
      }
      current = current.getParent();
    }
    return null;
  }
}
