package dev.clearance.policy;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed, validating access to one mapping of a policy file. Every error names the policy file, the
 * line and the key, and says what was expected.
 */
final class PolicyFields {

  private final Node.Mapping mapping;
  private final String context;

  PolicyFields(Node.Mapping mapping, String context) {
    this.mapping = mapping;
    this.context = context;
  }

  static PolicyFields of(Node node, String context) throws InputException {
    if (!(node instanceof Node.Mapping mapping)) {
      throw error(node, context + " must be a mapping of keys to values");
    }
    return new PolicyFields(mapping, context);
  }

  Node.Mapping mapping() {
    return mapping;
  }

  /** Refuses keys other than {@code allowed}, so a typo is not silently ignored. */
  void onlyKeys(String... allowed) throws InputException {
    Set<String> known = Set.of(allowed);
    for (var entry : mapping.entries().entrySet()) {
      if (!known.contains(entry.getKey())) {
        throw error(
            entry.getValue(),
            "unknown key '%s' in %s; expected one of %s"
                .formatted(entry.getKey(), context, new TreeSet<>(known)));
      }
    }
  }

  Node required(String key) throws InputException {
    Node node = mapping.entries().get(key);
    if (node == null) {
      throw error(mapping, "%s is missing the required key '%s'".formatted(context, key));
    }
    return node;
  }

  boolean has(String key) {
    return mapping.entries().containsKey(key);
  }

  String text(String key) throws InputException {
    Node node = required(key);
    if (node instanceof Node.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
      return scalar.text();
    }
    throw error(node, "'%s' in %s must be a non-empty text".formatted(key, context));
  }

  String optionalText(String key, String fallback) throws InputException {
    return has(key) ? text(key) : fallback;
  }

  long wholeNumber(String key, long min, long max) throws InputException {
    Node node = required(key);
    if (node instanceof Node.Scalar scalar && !scalar.quoted() && scalar.text() != null) {
      try {
        long value = Long.parseLong(scalar.text().strip().replace("_", ""));
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException notWhole) {
        // reported below
      }
    }
    throw error(
        node, "'%s' in %s must be a whole number from %d to %d".formatted(key, context, min, max));
  }

  /** {@code true} or {@code false}; {@code fallback} when the key is absent. */
  boolean flag(String key, boolean fallback) throws InputException {
    if (!has(key)) {
      return fallback;
    }
    Node node = required(key);
    if (node instanceof Node.Scalar scalar && !scalar.quoted() && scalar.text() != null) {
      switch (scalar.text().strip()) {
        case "true":
          return true;
        case "false":
          return false;
        default:
          break;
      }
    }
    throw error(node, "'%s' in %s must be true or false".formatted(key, context));
  }

  double fraction(String key) throws InputException {
    Node node = required(key);
    if (node instanceof Node.Scalar scalar) {
      var number = scalar.asNumber();
      if (number.isPresent() && number.get() >= 0 && number.get() <= 1) {
        return number.get();
      }
    }
    throw error(node, "'%s' in %s must be a number from 0 to 1".formatted(key, context));
  }

  double number(String key) throws InputException {
    Node node = required(key);
    if (node instanceof Node.Scalar scalar && scalar.asNumber().isPresent()) {
      return scalar.asNumber().get();
    }
    throw error(node, "'%s' in %s must be a number".formatted(key, context));
  }

  List<Node> list(String key) throws InputException {
    if (!has(key)) {
      return List.of();
    }
    Node node = required(key);
    if (node instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    throw error(node, "'%s' in %s must be a list".formatted(key, context));
  }

  List<String> texts(String key) throws InputException {
    List<String> texts = new ArrayList<>();
    for (Node item : list(key)) {
      if (!(item instanceof Node.Scalar scalar) || scalar.isNull()) {
        throw error(item, "every entry of '%s' in %s must be a text".formatted(key, context));
      }
      texts.add(scalar.text());
    }
    return texts;
  }

  /** A list of regular expressions, compiled case-insensitively; a bad one is reported by line. */
  List<Pattern> patterns(String key) throws InputException {
    List<Pattern> patterns = new ArrayList<>();
    List<Node> items = list(key);
    for (Node item : items) {
      if (!(item instanceof Node.Scalar scalar) || scalar.isNull()) {
        throw error(item, "every entry of '%s' in %s must be a text".formatted(key, context));
      }
      try {
        patterns.add(
            Pattern.compile(
                scalar.text(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE));
      } catch (PatternSyntaxException badRegex) {
        throw error(
            item,
            "'%s' in %s is not a valid regular expression: %s"
                .formatted(key, context, badRegex.getDescription()));
      }
    }
    return patterns;
  }

  /** Like {@link #patterns} but for expressions searched in card text (with anchors). */
  List<TextPattern> textPatterns(String key) throws InputException {
    List<TextPattern> compiled = new ArrayList<>();
    for (Pattern pattern : patterns(key)) {
      compiled.add(TextPattern.compile(pattern.pattern()));
    }
    return compiled;
  }

  static InputException error(Node node, String problem) {
    return new InputException(
        node.source().file(),
        node.source().line(),
        problem,
        "fix the policy file; its structure is described in docs/policy.md");
  }
}
