package dev.clearance.dossier;

import dev.clearance.document.Node;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Shared rules of the evaluation readers for what counts as a score and as a placeholder. */
final class Scores {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** Template text such as {@code {metric_value}} or {@code {{ value }}}. */
  private static final Pattern PLACEHOLDER_TEXT = Pattern.compile("\\{\\{?[^{}]*\\}\\}?");

  private Scores() {}

  /**
   * The finite number a node holds: an unquoted number, or quoted text that is a number (optionally
   * followed by {@code %}, read as written). Empty for anything else, NaN and infinities included.
   */
  static OptionalDouble number(Node node) {
    if (!(node instanceof Node.Scalar scalar) || scalar.isNull()) {
      return OptionalDouble.empty();
    }
    String text = scalar.text().strip();
    if (scalar.quoted() && text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.isEmpty() || !looksNumeric(text)) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(text.replace("_", ""));
      return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    } catch (NumberFormatException notANumber) {
      return OptionalDouble.empty();
    }
  }

  /**
   * Whether a node is a template placeholder rather than a value: YAML reads {@code {metric_value}}
   * as a one-key mapping with a null value; quoted it is text in braces.
   */
  static boolean isPlaceholder(Node node) {
    if (node instanceof Node.Mapping mapping) {
      return mapping.entries().size() == 1
          && mapping.entries().values().iterator().next() instanceof Node.Scalar value
          && value.isNull();
    }
    return node instanceof Node.Scalar scalar
        && !scalar.isNull()
        && PLACEHOLDER_TEXT.matcher(scalar.text().strip()).matches();
  }

  /** Text of a non-null scalar, or null. */
  static String text(Node node) {
    return node instanceof Node.Scalar scalar && !scalar.isNull() ? scalar.text().strip() : null;
  }

  /** Digits, sign, decimal point, exponent and YAML digit separators only (no hex, no "NaN"). */
  private static boolean looksNumeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9')
          || c == '.'
          || c == '-'
          || c == '+'
          || c == 'e'
          || c == 'E'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Short description of a node's kind for messages. */
  static String kind(Node node) {
    return switch (node) {
      case Node.Mapping mapping -> "a mapping";
      case Node.Sequence sequence -> "a list";
      case Node.Scalar scalar when scalar.isNull() -> "empty";
      case Node.Scalar scalar -> "'" + abbreviate(scalar.text()) + "'";
    };
  }

  static String abbreviate(String text) {
    String oneLine = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
