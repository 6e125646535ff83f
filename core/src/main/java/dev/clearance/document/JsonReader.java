package dev.clearance.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads untrusted JSON into a {@link Node} tree with lines and JSON pointers. Refuses duplicate
 * keys, trailing data after the value, and input beyond {@link InputLimits} (size, nesting depth,
 * number of values). It builds the tree with an explicit stack, so hostile nesting cannot overflow
 * the call stack. {@code NaN} and {@code Infinity}, which Python's {@code json} module writes, are
 * read as numbers.
 */
public final class JsonReader {

  /** Longest number literal, in characters. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private final InputLimits limits;
  private final JsonFactory factory;

  public JsonReader(InputLimits limits) {
    this.limits = limits;
    this.factory =
        new JsonFactoryBuilder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // one more than the limit: this reader reports the deepest level with its line
                    .maxNestingDepth(limits.maxNestingDepth() + 1)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                    .build())
            // Python's json module writes NaN and Infinity (lm-evaluation-harness stderr values)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
  }

  /**
   * Reads one JSON value; a second value after it is an error.
   *
   * @param file the name shown in errors and sources
   * @param text the decoded text (see {@link TextDecoding#utf8})
   * @return the value with the source of every node
   * @throws InputException for malformed JSON, duplicate keys, trailing data, or input beyond the
   *     limits, naming the file and line
   */
  public Node read(String file, String text) throws InputException {
    if (text.length() > limits.maxFileBytes()) {
      throw new InputException(
          file,
          0,
          "JSON of %d characters is larger than the limit of %d"
              .formatted(text.length(), limits.maxFileBytes()),
          "shorten the file; see docs/input-limits.md");
    }
    try (JsonParser parser = factory.createParser(text)) {
      try {
        Node root = readValue(file, parser);
        if (root == null) {
          throw new InputException(file, 1, "empty file, expected a JSON value", "write the JSON");
        }
        rejectTrailingData(file, parser);
        return root;
      } catch (StreamConstraintsException tooBig) {
        int line = lineOf(tooBig) > 0 ? lineOf(tooBig) : parser.currentLocation().getLineNr();
        throw new InputException(
            file,
            Math.max(line, 0),
            "JSON beyond the reader's limits: "
                + oneLine(tooBig.getOriginalMessage()).replaceAll(", from `[^`]*`", ""),
            "see docs/input-limits.md");
      }
    } catch (JsonProcessingException malformed) {
      throw new InputException(
          file,
          lineOf(malformed),
          "malformed JSON: " + oneLine(malformed.getOriginalMessage()),
          "fix the JSON syntax");
    } catch (IOException unexpected) {
      throw new InputException(file, 0, "could not read JSON: " + unexpected.getMessage(), "");
    }
  }

  private static void rejectTrailingData(String file, JsonParser parser)
      throws IOException, InputException {
    int line = parser.currentLocation().getLineNr();
    JsonToken extra;
    try {
      extra = parser.nextToken();
      line = parser.currentTokenLocation().getLineNr();
    } catch (JsonProcessingException notJson) {
      extra = JsonToken.NOT_AVAILABLE;
      line = lineOf(notJson) > 0 ? lineOf(notJson) : line;
    }
    if (extra != null) {
      throw new InputException(
          file,
          Math.max(line, 0),
          "extra data after the end of the JSON value",
          "remove what follows the first complete value (a merge-conflict leftover such as"
              + " '=======' looks like this)");
    }
  }

  private static int lineOf(JsonProcessingException problem) {
    return problem.getLocation() == null ? 0 : Math.max(problem.getLocation().getLineNr(), 0);
  }

  /** Jackson's message on one line, with its internal source description reduced to a line. */
  private static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message
        .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private Node readValue(String file, JsonParser parser) throws IOException, InputException {
    Deque<Open> stack = new ArrayDeque<>();
    long nodes = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      int line = parser.currentTokenLocation().getLineNr();
      Open parent = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        Node first = parent.entries.get(key);
        if (first != null) {
          throw new InputException(
              file,
              line,
              "duplicate key '%s' (first at line %d)".formatted(key, first.source().line()),
              "remove one of the two entries");
        }
        parent.pendingKey = key;
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        Open done = stack.pop();
        Node node =
            done.mapping
                ? new Node.Mapping(done.entries, done.source)
                : new Node.Sequence(done.items, done.source);
        if (stack.isEmpty()) {
          return node;
        }
        stack.peek().add(node);
        continue;
      }
      if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
          && stack.size() >= limits.maxNestingDepth()) {
        throw new InputException(
            file,
            line,
            "nesting deeper than %d levels".formatted(limits.maxNestingDepth()),
            "flatten the structure; see docs/input-limits.md");
      }
      if (++nodes > limits.maxNodes()) {
        throw new InputException(
            file,
            line,
            "more than %d JSON values".formatted(limits.maxNodes()),
            "see docs/input-limits.md");
      }
      Source source = parent == null ? new Source(file, line, "") : parent.childSource(line);
      switch (token) {
        case START_OBJECT -> stack.push(new Open(true, source));
        case START_ARRAY -> stack.push(new Open(false, source));
        default -> {
          Node.Scalar scalar = scalar(token, parser, source);
          if (parent == null) {
            return scalar;
          }
          parent.add(scalar);
        }
      }
    }
    return null;
  }

  private static Node.Scalar scalar(JsonToken token, JsonParser parser, Source source)
      throws IOException {
    return switch (token) {
      case VALUE_STRING -> new Node.Scalar(parser.getText(), true, source);
      case VALUE_NULL -> new Node.Scalar(null, false, source);
      default -> new Node.Scalar(parser.getText(), false, source);
    };
  }

  private static final class Open {
    final boolean mapping;
    final Source source;
    final Map<String, Node> entries = new LinkedHashMap<>();
    final List<Node> items = new ArrayList<>();
    String pendingKey;

    Open(boolean mapping, Source source) {
      this.mapping = mapping;
      this.source = source;
    }

    Source childSource(int line) {
      return mapping
          ? source.child(pendingKey, line)
          : source.child(String.valueOf(items.size()), line);
    }

    void add(Node node) {
      if (mapping) {
        entries.put(pendingKey, node);
      } else {
        items.add(node);
      }
    }
  }
}
