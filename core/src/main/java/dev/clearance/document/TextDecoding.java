package dev.clearance.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that strips a byte-order mark and reports the line of a bad byte. */
public final class TextDecoding {

  private static final char REPLACEMENT = '\uFFFD';

  private TextDecoding() {}

  /**
   * Decodes {@code bytes} as UTF-8, dropping a leading UTF-8 byte-order mark. Line ends are kept as
   * they are.
   *
   * @throws InputException when the bytes are not valid UTF-8 (including UTF-16 text, recognised by
   *     its byte-order mark), naming the 1-based line and byte offset of the first bad byte
   */
  public static String utf8(String file, byte[] bytes) throws InputException {
    if (hasUtf16Bom(bytes)) {
      throw new InputException(
          file,
          1,
          "text is UTF-16 (byte-order mark 0x%02X 0x%02X), not UTF-8"
              .formatted(bytes[0] & 0xFF, bytes[1] & 0xFF),
          "save the file as UTF-8");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (lenient.indexOf(REPLACEMENT) < 0) {
      // The lenient decoder puts U+FFFD where bytes are malformed; without one, the strict decoder
      // gives the same text (and most cards are read by this faster path).
      return lenient;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer output = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int badOffset = input.position();
      int badByte = badOffset < bytes.length ? bytes[badOffset] & 0xFF : 0;
      throw new InputException(
          file,
          lineOfOffset(bytes, badOffset),
          "not valid UTF-8 (bad byte 0x%02X at offset %d)".formatted(badByte, badOffset),
          "save the file as UTF-8");
    }
    return output.flip().toString();
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    if (bytes.length < 2) {
      return false;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
  }

  /** Counts LF, CRLF and lone CR as line ends, as the YAML, JSON and markdown readers do. */
  private static int lineOfOffset(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
