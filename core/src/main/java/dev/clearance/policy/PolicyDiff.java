package dev.clearance.policy;

import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two policy versions field by field. List entries with an {@code id} (or {@code tier})
 * are matched by it, so a moved requirement is not reported as a change; other lists compare as
 * values.
 */
public final class PolicyDiff {

  private PolicyDiff() {}

  public static List<PolicyChange> diff(Policy before, Policy after) {
    List<PolicyChange> changes = new ArrayList<>();
    compare("", before.document(), after.document(), changes);
    return changes;
  }

  private static void compare(String path, Node before, Node after, List<PolicyChange> changes) {
    if (before instanceof Node.Mapping left && after instanceof Node.Mapping right) {
      Set<String> keys = new LinkedHashSet<>(left.entries().keySet());
      keys.addAll(right.entries().keySet());
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        Node old = left.entries().get(key);
        Node now = right.entries().get(key);
        if (old == null) {
          changes.add(new PolicyChange(child, "", render(now)));
        } else if (now == null) {
          changes.add(new PolicyChange(child, render(old), ""));
        } else {
          compare(child, old, now, changes);
        }
      }
      return;
    }
    if (before instanceof Node.Sequence left
        && after instanceof Node.Sequence right
        && keyed(left) != null
        && keyed(right) != null) {
      Map<String, Node> old = keyed(left);
      Map<String, Node> now = keyed(right);
      Set<String> ids = new LinkedHashSet<>(old.keySet());
      ids.addAll(now.keySet());
      for (String id : ids) {
        String child = path + "[" + id + "]";
        if (!old.containsKey(id)) {
          changes.add(new PolicyChange(child, "", "(added)"));
        } else if (!now.containsKey(id)) {
          changes.add(new PolicyChange(child, "(removed)", ""));
        } else {
          compare(child, old.get(id), now.get(id), changes);
        }
      }
      return;
    }
    String old = render(before);
    String now = render(after);
    if (!old.equals(now)) {
      changes.add(new PolicyChange(path, old, now));
    }
  }

  /** Entries by their id or tier, or null when the list is not a list of identified mappings. */
  private static Map<String, Node> keyed(Node.Sequence sequence) {
    Map<String, Node> byId = new LinkedHashMap<>();
    for (Node item : sequence.items()) {
      if (!(item instanceof Node.Mapping mapping)) {
        return null;
      }
      String id = mapping.text("id").or(() -> mapping.text("tier")).orElse(null);
      if (id == null || byId.containsKey(id)) {
        return null;
      }
      byId.put(id, item);
    }
    return byId;
  }

  /** A compact one-line rendering of a value. */
  static String render(Node node) {
    return switch (node) {
      case Node.Scalar scalar -> scalar.text() == null ? "null" : oneLine(scalar.text());
      case Node.Sequence sequence -> {
        List<String> items = new ArrayList<>();
        sequence.items().forEach(item -> items.add(render(item)));
        yield "[" + String.join(", ", items) + "]";
      }
      case Node.Mapping mapping -> {
        List<String> entries = new ArrayList<>();
        mapping.entries().forEach((key, value) -> entries.add(key + ": " + render(value)));
        yield "{" + String.join(", ", entries) + "}";
      }
    };
  }

  private static String oneLine(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
  }
}
