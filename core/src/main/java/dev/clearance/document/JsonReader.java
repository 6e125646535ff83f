package dev.clearance.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads untrusted JSON into a {@link Node} tree with lines and JSON pointers. Refuses duplicate
 * keys, trailing data after the value, and input beyond {@link InputLimits}.
 */
public final class JsonReader {

  private final InputLimits limits;
  private final JsonFactory factory;

  public JsonReader(InputLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxNumberLength(1000)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /** Reads one JSON value; a second value after it is an error. */
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
      Node root = readValue(file, parser);
      if (root == null) {
        throw new InputException(file, 1, "empty file, expected a JSON value", "write the JSON");
      }
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw new InputException(
            file,
            parser.currentTokenLocation().getLineNr(),
            "extra data after the JSON value (" + extra.asString() + ")",
            "remove what follows the first complete value; a merge-conflict leftover looks like"
                + " this");
      }
      return root;
    } catch (StreamConstraintsException tooBig) {
      throw new InputException(
          file,
          0,
          "JSON beyond the reader's limits: " + tooBig.getOriginalMessage(),
          "see docs/input-limits.md");
    } catch (JsonProcessingException malformed) {
      int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
      throw new InputException(
          file,
          Math.max(line, 0),
          "malformed JSON: " + malformed.getOriginalMessage(),
          "fix the JSON syntax");
    } catch (IOException unexpected) {
      throw new InputException(file, 0, "could not read JSON: " + unexpected.getMessage(), "");
    }
  }

  private Node readValue(String file, JsonParser parser) throws IOException, InputException {
    Deque<Open> stack = new ArrayDeque<>();
    long nodes = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      int line = parser.currentTokenLocation().getLineNr();
      Open parent = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        parent.pendingKey = parser.currentName();
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
