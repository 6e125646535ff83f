package dev.clearance.cyclonedx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversions between {@link Node} trees and plain values: the canonical form used to compare two
 * front matters, JSON text for {@code huggingface:*} property values, and building synthesized
 * nodes.
 */
final class TreeValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Decimals whose exponent is beyond this are never written out digit by digit. */
  static final int MAX_PLAIN_EXPONENT = 100;

  private TreeValues() {}

  /**
   * The value as plain Java: maps, lists, strings, {@link BigDecimal} numbers (without trailing
   * zeros), booleans and null. Two front matters mean the same when these are equal: a YAML {@code
   * 24_700_000} equals a JSON {@code 24700000}, and key order does not matter.
   */
  static Object plain(Node node) {
    return switch (node) {
      case Node.Mapping mapping -> {
        Map<String, Object> map = new LinkedHashMap<>();
        mapping.entries().forEach((key, value) -> map.put(key, plain(value)));
        yield map;
      }
      case Node.Sequence sequence -> {
        List<Object> list = new ArrayList<>();
        sequence.items().forEach(item -> list.add(plain(item)));
        yield list;
      }
      case Node.Scalar scalar -> scalar(scalar);
    };
  }

  private static Object scalar(Node.Scalar scalar) {
    if (scalar.isNull()) {
      return null;
    }
    if (scalar.quoted()) {
      return scalar.text();
    }
    Optional<BigDecimal> number = decimal(scalar.text());
    if (number.isPresent()) {
      return number.get();
    }
    return switch (scalar.text()) {
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      default -> scalar.text();
    };
  }

  /**
   * A plain (unquoted) scalar's number, when its text is a decimal number: without trailing zeros,
   * and integers up to {@value #MAX_PLAIN_EXPONENT} digits of exponent with scale 0, so that JSON
   * writes {@code 1200} rather than {@code 1.2E+3}.
   */
  static Optional<BigDecimal> decimal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = text.strip().replace("_", "");
    if (!plain.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
      if (value.signum() == 0) {
        return Optional.of(BigDecimal.ZERO);
      }
      value = value.stripTrailingZeros();
      boolean smallInteger = value.scale() < 0 && value.scale() >= -MAX_PLAIN_EXPONENT;
      return Optional.of(smallInteger ? value.setScale(0) : value);
    } catch (NumberFormatException notDecimal) {
      return Optional.empty();
    }
  }

  /** The node as compact JSON text. */
  static String json(Node node) {
    return plainJson(plain(node));
  }

  /** Whether a decimal is small enough in exponent to write out digit by digit. */
  static boolean tame(BigDecimal value) {
    return Math.abs((long) value.scale()) <= MAX_PLAIN_EXPONENT
        && value.precision() <= MAX_PLAIN_EXPONENT;
  }

  /** Plain values (maps, lists, strings, numbers, booleans) as compact JSON text. */
  static String plainJson(Object plain) {
    try {
      return JSON.writeValueAsString(plain);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("plain values always serialize", impossible);
    }
  }

  /**
   * Reads JSON text held in a string value (a property value) as a tree whose every node has the
   * source of that string value.
   *
   * @throws InputException when the text is not JSON; the message names the pointer
   */
  static Node parseJson(String text, Node.Scalar holder, InputLimits limits) throws InputException {
    Source at = holder.source();
    try {
      return resource(new JsonReader(limits).read(at.file(), text), at);
    } catch (InputException malformed) {
      throw new InputException(
          at.file(),
          at.line(),
          "the value at %s is not the JSON Clearance writes there: %s"
              .formatted(at.pointer(), malformed.problem()),
          "fix or remove this huggingface:* property; clearance card convert writes it",
          malformed);
    }
  }

  private static Node resource(Node node, Source at) {
    return switch (node) {
      case Node.Scalar scalar -> new Node.Scalar(scalar.text(), scalar.quoted(), at);
      case Node.Sequence sequence ->
          new Node.Sequence(sequence.items().stream().map(item -> resource(item, at)).toList(), at);
      case Node.Mapping mapping -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        mapping.entries().forEach((key, value) -> entries.put(key, resource(value, at)));
        yield new Node.Mapping(entries, at);
      }
    };
  }

  static Node.Scalar string(String text, Source source) {
    return new Node.Scalar(text, true, source);
  }

  static Node.Scalar number(String text, Source source) {
    return new Node.Scalar(text, false, source);
  }

  /** A string node, or a number node when the text is a decimal number. */
  static Node.Scalar numberOrString(String text, Source source) {
    return decimal(text).isPresent() ? number(text.strip(), source) : string(text, source);
  }
}
