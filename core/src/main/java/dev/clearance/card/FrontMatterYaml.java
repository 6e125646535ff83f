package dev.clearance.card;

import dev.clearance.document.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes a {@link Node} tree as YAML with snakeyaml-engine, quoting every string that a YAML 1.1 or
 * 1.2 reader could take for something else ({@code no}, {@code on}, {@code null}, {@code 1.0},
 * {@code 2024-01-01}, ...). Numbers and booleans that were unquoted stay unquoted; non-printable
 * characters are escaped, never written as binary.
 */
final class FrontMatterYaml {

  private static final Set<String> YAML_WORDS =
      Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", "<<", "=");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
  private static final int MAX_PLAIN_EXPONENT = 100;

  private FrontMatterYaml() {}

  /** The mapping as a YAML block, ending with a line break. */
  static String write(Node.Mapping mapping) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setIndent(2)
            .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
            .build();
    StringBuilder text = new StringBuilder();
    new Dump(settings)
        .dumpNode(
            yaml(mapping),
            new StreamDataWriter() {
              @Override
              public void write(String string) {
                text.append(string);
              }

              @Override
              public void write(String string, int offset, int length) {
                text.append(string, offset, offset + length);
              }
            });
    return text.toString();
  }

  private static org.snakeyaml.engine.v2.nodes.Node yaml(Node node) {
    return switch (node) {
      case Node.Mapping mapping -> {
        List<NodeTuple> tuples = new ArrayList<>();
        mapping
            .entries()
            .forEach((key, value) -> tuples.add(new NodeTuple(string(key), yaml(value))));
        yield new MappingNode(Tag.MAP, tuples, tuples.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
      }
      case Node.Sequence sequence -> {
        List<org.snakeyaml.engine.v2.nodes.Node> items =
            sequence.items().stream().map(FrontMatterYaml::yaml).toList();
        yield new SequenceNode(Tag.SEQ, items, items.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
      }
      case Node.Scalar scalar -> scalar(scalar);
    };
  }

  private static ScalarNode scalar(Node.Scalar scalar) {
    if (scalar.isNull()) {
      return new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
    }
    String text = scalar.text();
    if (!scalar.quoted()) {
      Optional<String> number = number(text);
      if (number.isPresent()) {
        Tag tag = number.get().contains(".") ? Tag.FLOAT : Tag.INT;
        return new ScalarNode(tag, number.get(), ScalarStyle.PLAIN);
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.equals("true") || lower.equals("false")) {
        return new ScalarNode(Tag.BOOL, lower, ScalarStyle.PLAIN);
      }
    }
    return string(text);
  }

  /** A number in a form that YAML 1.1 and 1.2 readers both take as that number. */
  private static Optional<String> number(String text) {
    String plain = text.strip();
    if (DECIMAL.matcher(plain).matches()) {
      return Optional.of(plain);
    }
    if (INTEGER.matcher(plain).matches()) {
      return Optional.of(new java.math.BigInteger(plain.replace("_", "")).toString());
    }
    try {
      BigDecimal value = new BigDecimal(plain.replace("_", ""));
      if (Math.abs((long) value.scale()) <= MAX_PLAIN_EXPONENT) {
        return Optional.of(value.toPlainString());
      }
      return Optional.of(scientific(value));
    } catch (NumberFormatException notNumber) {
      return Optional.empty();
    }
  }

  /**
   * A decimal with a large exponent as {@code 1.5e+400}: a dot and a signed exponent, which YAML
   * 1.1 and 1.2 both read as a float, without writing out the digits.
   */
  private static String scientific(BigDecimal value) {
    String text = value.stripTrailingZeros().toString().toLowerCase(Locale.ROOT);
    int exponent = text.indexOf('e');
    if (exponent < 0) {
      return text;
    }
    String mantissa = text.substring(0, exponent);
    String power = text.substring(exponent + 1);
    if (!mantissa.contains(".")) {
      mantissa = mantissa + ".0";
    }
    if (!power.startsWith("-") && !power.startsWith("+")) {
      power = "+" + power;
    }
    return mantissa + "e" + power;
  }

  private static ScalarNode string(String text) {
    ScalarStyle style;
    if (needsQuotes(text)) {
      style = ScalarStyle.DOUBLE_QUOTED;
    } else if (text.contains("\n")) {
      style = ScalarStyle.LITERAL;
    } else {
      style = ScalarStyle.PLAIN;
    }
    return new ScalarNode(Tag.STR, text, style);
  }

  /**
   * Strings that some YAML reader would read as another type, or that look like one (including
   * {@code __2024} and {@code NaN}, which {@link Node.Scalar#asNumber()} reads as numbers).
   */
  static boolean needsQuotes(String text) {
    if (text.isEmpty() || YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    char first = text.charAt(0);
    return Character.isDigit(first)
        || "+-.~".indexOf(first) >= 0
        || !text.equals(text.strip())
        || readsAsNumber(text);
  }

  /** Whether {@link Node.Scalar#asNumber()} would read this text, unquoted, as a number. */
  private static boolean readsAsNumber(String text) {
    try {
      Double.parseDouble(text.strip().replace("_", ""));
      return true;
    } catch (NumberFormatException notNumber) {
      return false;
    }
  }
}
