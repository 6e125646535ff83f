package dev.clearance.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that strips a byte-order mark and reports the line of a bad byte. */
public final class TextDecoding {

  private TextDecoding() {}

  /**
   * Decodes {@code bytes} as UTF-8, dropping a leading BOM.
   *
   * @throws InputException when the bytes are not valid UTF-8, naming the line of the first bad
   *     byte
   */
  public static String utf8(String file, byte[] bytes) throws InputException {
    int start = hasBom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      int badOffset = firstInvalidOffset(bytes, start);
      throw new InputException(
          file,
          lineOfOffset(bytes, badOffset),
          "not valid UTF-8 (bad byte 0x%02X at offset %d)"
              .formatted(bytes[Math.min(badOffset, bytes.length - 1)] & 0xFF, badOffset),
          "save the file as UTF-8");
    }
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static int firstInvalidOffset(byte[] bytes, int start) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    var output = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(input, output, true);
    return result.isError() ? input.position() : bytes.length;
  }

  private static int lineOfOffset(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
