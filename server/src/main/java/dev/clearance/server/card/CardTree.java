package dev.clearance.server.card;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Rewrites a parsed card before it is rendered, walking it without recursion: images become their
 * alt text (a link to the image when it is a web address and not already inside a link), so a
 * reader's browser never loads anything from a third party; links to anything but web, mail and
 * card-heading addresses become their text; parts nested deeper than a limit are replaced by {@code
 * …}, so the renderer's recursion stays shallow whatever the input.
 */
final class CardTree {

  /** What a rewrite changed. */
  record Changes(int imagesReplaced, int nestingCut) {}

  private record Visit(Node node, int depth) {}

  private CardTree() {}

  static Changes rewrite(Node document, int maxDepth) {
    int images = 0;
    int cut = 0;
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(document, 0));
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      Node node = visit.node();
      if (visit.depth() > maxDepth) {
        node.insertBefore(new Text("…"));
        node.unlink();
        cut++;
        continue;
      }
      List<Node> children;
      if (node instanceof Image image) {
        images++;
        children = replaceImage(image);
      } else if (node instanceof Link link && !allow(link)) {
        children = unwrap(link);
      } else {
        children = children(node);
      }
      int childDepth = children.isEmpty() ? 0 : depth(children.get(0));
      for (int index = children.size() - 1; index >= 0; index--) {
        pending.push(new Visit(children.get(index), childDepth));
      }
    }
    return new Changes(images, cut);
  }

  /** Points {@code link} at its allowed target, or returns false when it has none. */
  private static boolean allow(Link link) {
    Optional<String> target = CardLinks.target(link.getDestination());
    target.ifPresent(link::setDestination);
    link.setTitle(null);
    return target.isPresent();
  }

  /**
   * Replaces {@code image} by its alt text, linked to the image when that is a web address and the
   * image is not inside a link; returns the nodes to visit next.
   */
  private static List<Node> replaceImage(Image image) {
    List<Node> alt = children(image);
    if (alt.isEmpty()) {
      alt = List.of(new Text("image"));
    }
    if (CardLinks.isWeb(image.getDestination()) && !insideLink(image)) {
      Link link = new Link(image.getDestination(), null);
      alt.forEach(link::appendChild);
      image.insertBefore(link);
      image.unlink();
      return List.of(link);
    }
    alt.forEach(image::insertBefore);
    image.unlink();
    return alt;
  }

  /** Replaces {@code link} by its children; returns them. */
  private static List<Node> unwrap(Link link) {
    List<Node> children = children(link);
    children.forEach(link::insertBefore);
    link.unlink();
    return children;
  }

  private static boolean insideLink(Node node) {
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof Link) {
        return true;
      }
    }
    return false;
  }

  private static List<Node> children(Node node) {
    List<Node> children = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    return children;
  }

  private static int depth(Node node) {
    int depth = 0;
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      depth++;
    }
    return depth;
  }
}
