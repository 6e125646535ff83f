package dev.clearance.ledger.entry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Deterministic JSON: the bytes every audit leaf and every commitment is computed over.
 *
 * <p>Rules (the subset of RFC 8785, JSON Canonicalization Scheme, that audit data uses, with the
 * same output): UTF-8; no whitespace outside strings; object members sorted by key, comparing the
 * keys' UTF-16 code units; no duplicate keys; strings escape only {@code "} and {@code \} and the
 * control characters below U+0020 ({@code \b \t \n \f \r} by name, others as {@code \}{@code u00xx}
 * with lower-case hex), every other character is written as itself; numbers are integers in ±(2^53
 * − 1), written in plain decimal; {@code true}, {@code false}, {@code null}. Floating point numbers
 * and unpaired surrogates are refused.
 */
public final class CanonicalJson {

  /** The largest integer magnitude allowed: 2^53 − 1, exact in every JSON implementation. */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final int MAX_DEPTH = 32;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(1 << 20)
                          .maxNumberLength(32)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private CanonicalJson() {}

  /**
   * The canonical bytes of {@code value}.
   *
   * @throws IllegalArgumentException naming the JSON path of a value outside the rules (a
   *     floating-point or too large number, an unpaired surrogate, a binary or POJO node)
   */
  public static byte[] encode(JsonNode value) {
    StringBuilder out = new StringBuilder(256);
    write(value, "$", 0, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses canonical JSON of at most {@code maxBytes} bytes and checks that it is canonical (that
   * {@link #encode} gives the same bytes back).
   *
   * @throws EntryException if the bytes are too many, not JSON, or not canonical
   */
  public static JsonNode parse(byte[] json, int maxBytes) throws EntryException {
    if (json.length > maxBytes) {
      throw new EntryException(
          "canonical JSON has " + json.length + " bytes, more than the limit of " + maxBytes);
    }
    JsonNode value;
    try {
      value = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new EntryException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new EntryException("not valid JSON: " + e.getMessage(), e);
    }
    if (value == null || value.isMissingNode()) {
      throw new EntryException("not valid JSON: no value");
    }
    byte[] canonical;
    try {
      canonical = encode(value);
    } catch (IllegalArgumentException e) {
      throw new EntryException("JSON outside the canonical subset: " + e.getMessage(), e);
    }
    if (!Arrays.equals(canonical, json)) {
      throw new EntryException(
          "JSON is not in canonical form (sorted keys, no whitespace, minimal escapes); first"
              + " difference at byte "
              + Arrays.mismatch(canonical, json));
    }
    return value;
  }

  private static void write(JsonNode value, String path, int depth, StringBuilder out) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(path + " nests deeper than " + MAX_DEPTH);
    }
    switch (value.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(value.size());
        value.properties().forEach(members::add);
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int index = 0; index < members.size(); index++) {
          if (index > 0) {
            out.append(',');
          }
          Map.Entry<String, JsonNode> member = members.get(index);
          writeString(member.getKey(), path, out);
          out.append(':');
          write(member.getValue(), path + "." + member.getKey(), depth + 1, out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int index = 0; index < value.size(); index++) {
          if (index > 0) {
            out.append(',');
          }
          write(value.get(index), path + "[" + index + "]", depth + 1, out);
        }
        out.append(']');
      }
      case STRING -> writeString(value.textValue(), path, out);
      case NUMBER -> {
        if (!value.isIntegralNumber()
            || !value.canConvertToLong()
            || Math.abs(value.longValue()) > MAX_SAFE_INTEGER) {
          throw new IllegalArgumentException(
              path
                  + " is "
                  + value.asText()
                  + ": only integers within ±"
                  + MAX_SAFE_INTEGER
                  + " are allowed");
        }
        out.append(value.longValue());
      }
      case BOOLEAN -> out.append(value.booleanValue());
      case NULL -> out.append("null");
      default ->
          throw new IllegalArgumentException(
              path + " has type " + value.getNodeType() + ", which JSON text cannot hold");
    }
  }

  private static void writeString(String text, String path, StringBuilder out) {
    out.append('"');
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)
              && index + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(index + 1))) {
            out.append(c).append(text.charAt(++index));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException(
                path + " has an unpaired surrogate at character " + index);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
