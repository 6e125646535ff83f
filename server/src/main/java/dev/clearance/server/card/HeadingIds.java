package dev.clearance.server.card;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives each heading of one card an id {@code card-<slug of its text>}, made unique within the card
 * with {@code -2}, {@code -3}…, so a card's table of contents ({@code [Usage](#usage)}) works and
 * no id can clash with the page's own. One instance per rendering.
 */
final class HeadingIds implements AttributeProvider {

  private final Set<String> used = new HashSet<>();
  private final Map<String, Integer> nextNumber = new HashMap<>();

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Heading heading) {
      attributes.put("id", CardLinks.ID_PREFIX + unique(CardLinks.slug(text(heading))));
    }
  }

  private String unique(String slug) {
    int number = nextNumber.getOrDefault(slug, 1);
    String candidate = number == 1 ? slug : slug + "-" + number;
    while (!used.add(candidate)) {
      number++;
      candidate = slug + "-" + number;
    }
    nextNumber.put(slug, number + 1);
    return candidate;
  }

  /** The literal text of a heading, read without recursion. */
  private static String text(Heading heading) {
    StringBuilder text = new StringBuilder();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(heading);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (node instanceof Code code) {
        text.append(code.getLiteral());
      }
      Deque<Node> children = new ArrayDeque<>();
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        children.push(child);
      }
      children.forEach(pending::push);
    }
    return text.toString();
  }
}
