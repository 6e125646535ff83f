package dev.clearance.card;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Node} trees from plain values for writing generated front matter. */
final class PlainNodes {

  private PlainNodes() {}

  /**
   * A node for a map (string keys), list, string, number or boolean; every node gets {@code
   * source}.
   */
  static Node of(Object value, Source source) {
    return switch (value) {
      case Map<?, ?> map -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        map.forEach((key, item) -> entries.put(String.valueOf(key), of(item, source)));
        yield new Node.Mapping(entries, source);
      }
      case List<?> list ->
          new Node.Sequence(list.stream().map(item -> of(item, source)).toList(), source);
      case Number number -> new Node.Scalar(number.toString(), false, source);
      case Boolean flag -> new Node.Scalar(flag.toString(), false, source);
      case null -> new Node.Scalar(null, false, source);
      default -> new Node.Scalar(value.toString(), true, source);
    };
  }
}
