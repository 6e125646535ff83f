package dev.clearance.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads untrusted YAML into a {@link Node} tree, safely: it builds the tree from parser events
 * itself, so no tag ever constructs an object, and it refuses explicit non-standard tags, duplicate
 * keys, non-scalar keys, more than one document, and input beyond {@link InputLimits} (nesting,
 * aliases, total nodes, size). Errors name the file and line.
 */
public final class YamlReader {

  private static final Set<String> STANDARD_TAGS =
      Set.of(
          "tag:yaml.org,2002:str",
          "tag:yaml.org,2002:int",
          "tag:yaml.org,2002:float",
          "tag:yaml.org,2002:bool",
          "tag:yaml.org,2002:null",
          "tag:yaml.org,2002:map",
          "tag:yaml.org,2002:seq",
          "tag:yaml.org,2002:timestamp",
          "tag:yaml.org,2002:binary");

  private static final Pattern PLAIN_NULL = Pattern.compile("~|null|Null|NULL|");

  private final InputLimits limits;

  public YamlReader(InputLimits limits) {
    this.limits = limits;
  }

  /** Reads a whole YAML file. An empty document gives an empty mapping. */
  public Node read(String file, String text) throws InputException {
    return read(file, text, 0);
  }

  /**
   * Reads YAML that starts after {@code lineOffset} lines of a larger file (front matter), so that
   * reported lines are lines of that file.
   */
  public Node read(String file, String text, int lineOffset) throws InputException {
    if (text.length() > limits.maxFileBytes()) {
      throw new InputException(
          file,
          0,
          "YAML of %d characters is larger than the limit of %d"
              .formatted(text.length(), limits.maxFileBytes()),
          "shorten the file; see docs/input-limits.md");
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(limits.maxAliases())
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
            .build();
    Builder builder = new Builder(file, lineOffset);
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        builder.accept(event);
      }
    } catch (MarkedYamlEngineException syntax) {
      int line = syntax.getProblemMark().map(mark -> mark.getLine() + 1 + lineOffset).orElse(0);
      throw new InputException(
          file, line, "malformed YAML: " + oneLine(syntax.getProblem()), "fix the YAML syntax");
    } catch (YamlEngineException other) {
      throw new InputException(
          file, 0, "malformed YAML: " + oneLine(other.getMessage()), "fix the YAML syntax");
    }
    return builder.result();
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }

  /** Builds the tree from events with an explicit stack (no recursion on nesting depth). */
  private final class Builder {
    private final String file;
    private final int lineOffset;
    private final Deque<Open> stack = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private Node root;
    private int documents;
    private long nodes;
    private int collectionAliases;

    Builder(String file, int lineOffset) {
      this.file = file;
      this.lineOffset = lineOffset;
    }

    void accept(Event event) throws InputException {
      switch (event.getEventId()) {
        case DocumentStart -> {
          documents++;
          if (documents > 1) {
            throw error(event, "more than one YAML document (a second '---')", "keep one document");
          }
        }
        case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
        case MappingEnd, SequenceEnd -> close();
        case Scalar -> add(scalar((ScalarEvent) event), event);
        case Alias -> alias((AliasEvent) event);
        default -> {}
      }
    }

    Node result() {
      return root != null ? root : new Node.Mapping(Map.of(), new Source(file, lineOffset + 1, ""));
    }

    private void open(CollectionStartEvent event) throws InputException {
      checkTag(event, event.getTag());
      if (stack.size() >= limits.maxNestingDepth()) {
        throw error(
            event,
            "nesting deeper than %d levels".formatted(limits.maxNestingDepth()),
            "flatten the structure; see docs/input-limits.md");
      }
      count(event, 1);
      Source source = sourceFor(event);
      boolean mapping = event.getEventId() == Event.ID.MappingStart;
      stack.push(new Open(mapping, source, anchorOf(event)));
    }

    private void close() throws InputException {
      Open open = stack.pop();
      Node node =
          open.mapping
              ? new Node.Mapping(open.entries, open.source)
              : new Node.Sequence(open.items, open.source);
      open.anchor.ifPresent(name -> anchors.put(name, new Anchored(node, open.size)));
      place(node, open.size, open.source.line());
    }

    private Node.Scalar scalar(ScalarEvent event) throws InputException {
      checkTag(event, event.getTag());
      count(event, 1);
      boolean plain = event.isPlain();
      String text = event.getValue();
      boolean isNull =
          (plain && event.getTag().isEmpty() && PLAIN_NULL.matcher(text).matches())
              || event.getTag().filter("tag:yaml.org,2002:null"::equals).isPresent();
      Node.Scalar scalar = new Node.Scalar(isNull ? null : text, !plain, sourceFor(event));
      anchorOf(event).ifPresent(name -> anchors.put(name, new Anchored(scalar, 1)));
      return scalar;
    }

    private void add(Node.Scalar scalar, Event event) throws InputException {
      place(scalar, 1, scalar.source().line());
    }

    private void alias(AliasEvent event) throws InputException {
      String name = event.getAlias().getValue();
      Anchored target = anchors.get(name);
      if (target == null) {
        throw error(event, "alias *" + name + " refers to no anchor", "define the anchor first");
      }
      if (!(target.node instanceof Node.Scalar) && ++collectionAliases > limits.maxAliases()) {
        throw error(
            event,
            "more than %d aliases to mappings or sequences (an alias bomb?)"
                .formatted(limits.maxAliases()),
            "write the values out instead of repeating aliases; see docs/input-limits.md");
      }
      count(event, target.size);
      place(target.node, target.size, lineOf(event));
    }

    private void place(Node node, int size, int line) throws InputException {
      Open parent = stack.peek();
      if (parent == null) {
        root = node;
        return;
      }
      parent.size += size;
      if (!parent.mapping) {
        parent.items.add(
            reSource(node, parent.source.child(String.valueOf(parent.items.size()), line)));
        return;
      }
      if (parent.pendingKey == null) {
        if (!(node instanceof Node.Scalar key)) {
          throw new InputException(
              file, line, "a mapping key is not a plain value", "use text keys only");
        }
        String keyText = key.text() == null ? "null" : key.text();
        Integer firstLine = parent.keyLines.putIfAbsent(keyText, line);
        if (firstLine != null) {
          throw new InputException(
              file,
              line,
              "duplicate key '%s' (first at line %d)".formatted(keyText, firstLine),
              "remove one of the two entries");
        }
        parent.pendingKey = keyText;
        parent.pendingKeyLine = line;
      } else {
        parent.entries.put(
            parent.pendingKey,
            reSource(node, parent.source.child(parent.pendingKey, parent.pendingKeyLine)));
        parent.pendingKey = null;
      }
    }

    /** Gives a node the pointer of the place it is put (aliases are shared between places). */
    private Node reSource(Node node, Source place) {
      if (node.source().pointer().equals(place.pointer())) {
        return node;
      }
      Source moved = new Source(place.file(), node.source().line(), place.pointer());
      return switch (node) {
        case Node.Scalar scalar -> new Node.Scalar(scalar.text(), scalar.quoted(), moved);
        case Node.Sequence sequence -> new Node.Sequence(sequence.items(), moved);
        case Node.Mapping mapping -> new Node.Mapping(mapping.entries(), moved);
      };
    }

    private void count(Event event, long added) throws InputException {
      nodes += added;
      if (nodes > limits.maxNodes()) {
        throw error(
            event,
            "more than %d YAML nodes (an alias bomb or a very large document)"
                .formatted(limits.maxNodes()),
            "remove repeated aliases or shrink the document; see docs/input-limits.md");
      }
    }

    private void checkTag(Event event, Optional<String> tag) throws InputException {
      if (tag.isPresent() && !STANDARD_TAGS.contains(tag.get()) && !tag.get().equals("!")) {
        throw error(
            event,
            "unsafe or unknown YAML tag '%s'".formatted(shortTag(tag.get())),
            "remove the tag; only plain YAML values are read");
      }
    }

    /** A tag as it is usually written: {@code !!python/object} for the YAML tag prefix. */
    private static String shortTag(String tag) {
      String yamlPrefix = "tag:yaml.org,2002:";
      return tag.startsWith(yamlPrefix) ? "!!" + tag.substring(yamlPrefix.length()) : tag;
    }

    private Optional<String> anchorOf(NodeEvent event) {
      return event.getAnchor().map(anchor -> anchor.getValue());
    }

    /** The source of a node about to be placed under the current parent. */
    private Source sourceFor(Event event) {
      int line = lineOf(event);
      Open parent = stack.peek();
      if (parent == null) {
        return new Source(file, line, "");
      }
      if (!parent.mapping) {
        return parent.source.child(String.valueOf(parent.items.size()), line);
      }
      if (parent.pendingKey != null) {
        return parent.source.child(parent.pendingKey, line);
      }
      return new Source(file, line, parent.source.pointer());
    }

    private int lineOf(Event event) {
      return event.getStartMark().map(Mark::getLine).map(line -> line + 1 + lineOffset).orElse(0);
    }

    private InputException error(Event event, String problem, String hint) {
      return new InputException(file, lineOf(event), problem, hint);
    }
  }

  /** An anchored node and the number of values it stands for when an alias repeats it. */
  private record Anchored(Node node, int size) {}

  private static final class Open {
    final boolean mapping;
    final Source source;
    final Optional<String> anchor;
    final Map<String, Node> entries = new LinkedHashMap<>();
    final Map<String, Integer> keyLines = new HashMap<>();
    final List<Node> items = new ArrayList<>();
    String pendingKey;
    int pendingKeyLine;
    int size = 1;

    Open(boolean mapping, Source source, Optional<String> anchor) {
      this.mapping = mapping;
      this.source = source;
      this.anchor = anchor;
    }
  }
}
