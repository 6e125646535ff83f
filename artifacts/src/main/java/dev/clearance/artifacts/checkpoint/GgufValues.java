package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;

/**
 * Reads GGUF metadata values (ggml docs/gguf.md, {@code gguf_metadata_value_type}): scalars are
 * kept as text, strings up to {@value #KEPT_CHARACTERS} characters, arrays are walked (checking
 * every length) and summarized. Nested arrays are walked up to {@value #MAX_DEPTH} levels.
 */
final class GgufValues {

  private static final int KEPT_CHARACTERS = 256;
  private static final int MAX_DEPTH = 8;
  private static final int STRING = 8;
  private static final int ARRAY = 9;
  private static final String[] NAMES = {
    "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "FLOAT32", "BOOL", "STRING", "ARRAY",
    "UINT64", "INT64", "FLOAT64"
  };
  private static final int[] SIZES = {1, 1, 2, 2, 4, 4, 4, 1, -1, -1, 8, 8, 8};
  private static final String HINT =
      "the GGUF header is malformed; the file is damaged or was crafted, do not load it";

  private final String file;
  private final HeaderInput input;
  private final HeaderLimits limits;

  GgufValues(String file, HeaderInput input, HeaderLimits limits) {
    this.file = file;
    this.input = input;
    this.limits = limits;
  }

  /** A length-prefixed UTF-8 string. */
  String string(String what) throws InputException {
    long length = stringLength(what);
    return input.utf8(input.readBytes((int) length, what), what);
  }

  private long stringLength(String what) throws InputException {
    long length = input.readLong("the length of " + what);
    if (length < 0 || length > input.remaining()) {
      throw new InputException(
          file,
          0,
          "%s: string length %s is beyond the %d bytes left in the file"
              .formatted(what, Long.toUnsignedString(length), input.remaining()),
          HINT);
    }
    if (length > limits.maxStringBytes()) {
      throw new InputException(
          file,
          0,
          "%s: string length %d is over the limit of %d bytes"
              .formatted(what, length, limits.maxStringBytes()),
          HINT);
    }
    return length;
  }

  /** Reads a value of {@code type} and returns it as text. */
  String value(String key, long type) throws InputException {
    return value(key, type, 0);
  }

  private String value(String key, long type, int depth) throws InputException {
    if (type < 0 || type >= NAMES.length) {
      throw new InputException(
          file, 0, "metadata " + key + " has unknown value type " + type, HINT);
    }
    int kind = (int) type;
    if (kind == STRING) {
      String text = string("metadata " + key);
      return text.length() > KEPT_CHARACTERS ? text.substring(0, KEPT_CHARACTERS) + "…" : text;
    }
    if (kind == ARRAY) {
      return array(key, depth);
    }
    return scalar(key, kind);
  }

  private String scalar(String key, int kind) throws InputException {
    String what = "metadata " + key;
    return switch (kind) {
      case 0 -> Integer.toString(Byte.toUnsignedInt(input.readBytes(1, what)[0]));
      case 1 -> Integer.toString(input.readBytes(1, what)[0]);
      case 2, 3 -> {
        byte[] two = input.readBytes(2, what);
        int value = (two[0] & 0xff) | (two[1] & 0xff) << 8;
        yield Integer.toString(kind == 2 ? value : (short) value);
      }
      case 4 -> Long.toString(input.readUnsignedInt(what));
      case 5 -> Integer.toString(input.readInt(what));
      case 6 -> Float.toString(Float.intBitsToFloat(input.readInt(what)));
      case 7 -> Boolean.toString(input.readBytes(1, what)[0] != 0);
      case 10 -> Long.toUnsignedString(input.readLong(what));
      case 11 -> Long.toString(input.readLong(what));
      default -> Double.toString(Double.longBitsToDouble(input.readLong(what)));
    };
  }

  private String array(String key, int depth) throws InputException {
    if (depth >= MAX_DEPTH) {
      throw new InputException(
          file, 0, "metadata " + key + " nests arrays deeper than " + MAX_DEPTH, HINT);
    }
    long elementType = input.readUnsignedInt("the element type of metadata " + key);
    long length = input.readLong("the length of metadata " + key);
    if (elementType >= NAMES.length) {
      throw new InputException(
          file, 0, "metadata " + key + " has unknown element type " + elementType, HINT);
    }
    int kind = (int) elementType;
    long smallest = SIZES[kind] > 0 ? SIZES[kind] : kind == STRING ? 8 : 12;
    if (length < 0 || length > input.remaining() / smallest) {
      throw new InputException(
          file,
          0,
          "metadata %s: array length %s is absurd for the %d bytes left in the file"
              .formatted(key, Long.toUnsignedString(length), input.remaining()),
          HINT);
    }
    if (SIZES[kind] > 0) {
      input.skip(length * SIZES[kind], "metadata " + key);
    } else if (kind == STRING) {
      for (long index = 0; index < length; index++) {
        input.skip(stringLength("metadata " + key + "[" + index + "]"), "metadata " + key);
      }
    } else {
      for (long index = 0; index < length; index++) {
        array(key + "[" + index + "]", depth + 1);
      }
    }
    return "array of " + length + " " + NAMES[kind];
  }
}
