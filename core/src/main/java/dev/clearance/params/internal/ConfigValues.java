package dev.clearance.params.internal;

import dev.clearance.document.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads architecture hyper-parameters from one config mapping as exact whole numbers and remembers
 * every value it read, so an estimate can say which inputs it used. A JSON {@code null} counts as
 * absent (Hugging Face writes {@code "head_dim": null} for "use the default").
 */
public final class ConfigValues {

  /** Longer number texts are refused before parsing; no real hyper-parameter needs more. */
  private static final int MAX_NUMBER_TEXT = 40;

  private final Node.Mapping mapping;
  private final String prefix;
  private final Map<String, String> used;

  public ConfigValues(Node.Mapping mapping) {
    this(mapping, "", new LinkedHashMap<>());
  }

  private ConfigValues(Node.Mapping mapping, String prefix, Map<String, String> used) {
    this.mapping = mapping;
    this.prefix = prefix;
    this.used = used;
  }

  public Node.Mapping mapping() {
    return mapping;
  }

  /** The values of a nested mapping ({@code text_config}), sharing this reader's input record. */
  public Optional<ConfigValues> nested(String key) {
    return mapping.mapping(key).map(child -> new ConfigValues(child, prefix + key + ".", used));
  }

  /** Whether any of the keys holds a non-null value. */
  public boolean has(String... keys) {
    return present(keys).isPresent();
  }

  /** The first present key's value as a whole number {@code >= 0}. */
  public long count(String... keys) throws UnusableConfigException {
    Map.Entry<String, Node> entry =
        present(keys)
            .orElseThrow(() -> new UnusableConfigException(String.join("|", keys), "missing"));
    return remember(entry.getKey(), whole(entry.getKey(), entry.getValue()));
  }

  /** Like {@link #count} but the value must be {@code > 0} (sizes that are divided by). */
  public long positive(String... keys) throws UnusableConfigException {
    long value = count(keys);
    if (value == 0) {
      throw new UnusableConfigException(keys[0], "must be greater than 0");
    }
    return value;
  }

  /** The first present key's value, or {@code fallback} when none is present. */
  public long countOr(long fallback, String... keys) throws UnusableConfigException {
    return has(keys) ? count(keys) : fallback;
  }

  /** A boolean written as JSON {@code true}/{@code false}; {@code fallback} when absent. */
  public boolean flag(String key, boolean fallback) throws UnusableConfigException {
    Optional<Map.Entry<String, Node>> entry = present(key);
    if (entry.isEmpty()) {
      return fallback;
    }
    if (entry.get().getValue() instanceof Node.Scalar scalar && !scalar.quoted()) {
      String text = scalar.text().strip();
      if (text.equals("true") || text.equals("false")) {
        remember(key, text);
        return Boolean.parseBoolean(text);
      }
    }
    throw new UnusableConfigException(prefix + key, "not true or false");
  }

  /** A string value, without recording it as an input. */
  public Optional<String> text(String key) {
    return mapping.text(key);
  }

  /** A list of whole numbers ({@code mlp_only_layers}); empty when absent. */
  public List<Long> counts(String key) throws UnusableConfigException {
    Optional<Node.Sequence> sequence = mapping.sequence(key);
    if (sequence.isEmpty()) {
      if (present(key).isPresent()) {
        throw new UnusableConfigException(prefix + key, "not a list");
      }
      return List.of();
    }
    List<Long> values = new ArrayList<>();
    for (Node item : sequence.get().items()) {
      values.add(whole(key, item));
    }
    used.put(prefix + key, values.toString());
    return values;
  }

  /** {@code key=value} for every value read so far, in reading order. */
  public String inputs() {
    StringBuilder text = new StringBuilder();
    used.forEach(
        (key, value) -> {
          if (!text.isEmpty()) {
            text.append(", ");
          }
          text.append(key).append('=').append(value);
        });
    return text.toString();
  }

  private Optional<Map.Entry<String, Node>> present(String... keys) {
    for (String key : keys) {
      Node node = mapping.entries().get(key);
      if (node != null && !(node instanceof Node.Scalar scalar && scalar.isNull())) {
        return Optional.of(Map.entry(key, node));
      }
    }
    return Optional.empty();
  }

  private long remember(String key, long value) {
    used.put(prefix + key, Long.toString(value));
    return value;
  }

  private String remember(String key, String value) {
    used.put(prefix + key, value);
    return value;
  }

  private long whole(String key, Node node) throws UnusableConfigException {
    return wholeNumber(node)
        .orElseThrow(() -> new UnusableConfigException(prefix + key, "not a whole number >= 0"));
  }

  /**
   * A node's value as a whole number {@code >= 0} that fits a long: an unquoted JSON number such as
   * {@code 4096}, {@code 4096.0} or {@code 1e3}. Quoted strings, booleans, fractions, negative and
   * oversized numbers give empty.
   */
  public static Optional<Long> wholeNumber(Node node) {
    if (!(node instanceof Node.Scalar scalar) || scalar.isNull() || scalar.quoted()) {
      return Optional.empty();
    }
    String text = scalar.text().strip();
    if (text.isEmpty() || text.length() > MAX_NUMBER_TEXT) {
      return Optional.empty();
    }
    try {
      long value = new BigDecimal(text).longValueExact();
      return value < 0 ? Optional.empty() : Optional.of(value);
    } catch (NumberFormatException | ArithmeticException notWhole) {
      return Optional.empty();
    }
  }
}
