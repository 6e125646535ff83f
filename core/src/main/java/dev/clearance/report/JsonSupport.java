package dev.clearance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Shared JSON output for the JSON and SARIF writers: objects keep insertion order, two-space
 * indentation, {@code \n} line ends on every platform, and {@code "key": value} spacing.
 */
final class JsonSupport {

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    WRITER = new ObjectMapper().writer(printer);
  }

  private JsonSupport() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /**
   * Pretty-printed text ending with a line feed. An unpaired surrogate (which no UTF-8 encoder can
   * write) becomes U+FFFD.
   */
  static String print(JsonNode node) {
    String text;
    try {
      text = WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON tree built in memory could not be written", e);
    }
    return replaceUnpairedSurrogates(text);
  }

  static String replaceUnpairedSurrogates(String text) {
    StringBuilder out = null;
    for (int index = 0; index < text.length(); index++) {
      char current = text.charAt(index);
      boolean paired =
          Character.isHighSurrogate(current)
              && index + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(index + 1));
      if (paired) {
        if (out != null) {
          out.append(current).append(text.charAt(index + 1));
        }
        index++;
      } else if (Character.isSurrogate(current)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, index);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(current);
      }
    }
    return out == null ? text : out.toString();
  }
}
