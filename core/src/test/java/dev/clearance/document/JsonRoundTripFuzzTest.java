package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Property: a nested mapping written by Jackson and read back by {@link JsonReader} has the same
 * values, every node's pointer leads (in Jackson's own tree) to that node's value, and every
 * mapping entry's line is a line that holds its key. Seeds: JsonRoundTripFuzzTestInputs/.
 */
class JsonRoundTripFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_DEPTH = 6;

  @FuzzTest
  void read_jacksonWrittenMapping_sameValuesAndValidPointers(FuzzedDataProvider data)
      throws JsonProcessingException, InputException {
    Map<String, Object> original = mapping(data, 0);
    boolean pretty = data.consumeBoolean();
    String json = (pretty ? PRETTY : MAPPER).writeValueAsString(original);

    Node root = new JsonReader(InputLimits.DEFAULT).read("round.json", json);

    assertThat(plain(root)).isEqualTo(normalized(original));
    JsonNode jackson = MAPPER.readTree(json);
    String[] lines = json.split("\n", -1);
    Deque<Node> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      Source source = node.source();
      assertThat(source.file()).isEqualTo("round.json");
      assertThat(source.line()).isBetween(1, lines.length);
      JsonNode pointed = jackson.at(JsonPointer.compile(source.pointer()));
      assertThat(pointed.isMissingNode()).as("pointer %s resolves", source.pointer()).isFalse();
      assertThat(normalized(MAPPER.convertValue(pointed, Object.class)))
          .as("value at %s", source.pointer())
          .isEqualTo(plain(node));
      switch (node) {
        case Node.Mapping mapping -> {
          for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
            if (pretty) {
              assertThat(lines[entry.getValue().source().line() - 1])
                  .as("line of key %s", entry.getKey())
                  .contains(MAPPER.writeValueAsString(entry.getKey()));
            }
            pending.push(entry.getValue());
          }
        }
        case Node.Sequence sequence -> sequence.items().forEach(pending::push);
        case Node.Scalar scalar -> {}
      }
    }
  }

  private static Map<String, Object> mapping(FuzzedDataProvider data, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int size = data.consumeInt(0, 4);
    for (int i = 0; i < size; i++) {
      map.put(data.consumeString(6), value(data, depth + 1));
    }
    return map;
  }

  private static Object value(FuzzedDataProvider data, int depth) {
    int kind = data.consumeInt(0, depth >= MAX_DEPTH ? 4 : 6);
    return switch (kind) {
      case 0 -> data.consumeString(12);
      case 1 -> data.consumeLong();
      case 2 -> finite(data.consumeDouble());
      case 3 -> data.consumeBoolean();
      case 4 -> null;
      case 5 -> mapping(data, depth);
      default -> {
        List<Object> list = new ArrayList<>();
        int size = data.consumeInt(0, 4);
        for (int i = 0; i < size; i++) {
          list.add(value(data, depth + 1));
        }
        yield list;
      }
    };
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0.0;
  }

  /** Numbers as doubles, so that Jackson's Integer/Long/Double choices compare equal. */
  private static Object normalized(Object value) {
    return switch (value) {
      case Number number -> number.doubleValue();
      case Map<?, ?> map -> {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put((String) key, normalized(item)));
        yield copy;
      }
      case List<?> list -> list.stream().map(JsonRoundTripFuzzTest::normalized).toList();
      case null -> null;
      default -> value;
    };
  }

  /** A node as plain Java values: text, double, Boolean, null, Map, List. */
  private static Object plain(Node node) {
    return switch (node) {
      case Node.Scalar scalar when scalar.isNull() -> null;
      case Node.Scalar scalar when scalar.quoted() -> scalar.text();
      case Node.Scalar scalar ->
          scalar.text().equals("true") || scalar.text().equals("false")
              ? (Object) Boolean.valueOf(scalar.text())
              : (Object) Double.parseDouble(scalar.text());
      case Node.Mapping mapping -> {
        Map<String, Object> copy = new LinkedHashMap<>();
        mapping.entries().forEach((key, item) -> copy.put(key, plain(item)));
        yield copy;
      }
      case Node.Sequence sequence ->
          sequence.items().stream().map(JsonRoundTripFuzzTest::plain).toList();
    };
  }
}
