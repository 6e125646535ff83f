package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  @Test
  void utf8_bomAndCrlf_bomDroppedLineEndsKept() throws InputException {
    String text = TextDecoding.utf8("bom-crlf.txt", Resources.bytes("text/bom-crlf.txt"));

    assertThat(text).isEqualTo("line one\r\nline two\r\n");
  }

  @Test
  void utf8_badByteAfterMixedLineEnds_namesItsLine() {
    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> TextDecoding.utf8("bad.txt", Resources.bytes("text/bad-byte-line-4.txt")));

    assertThat(error.file()).isEqualTo("bad.txt");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem()).isEqualTo("not valid UTF-8 (bad byte 0xC3 at offset 17)");
    assertThat(error.hint()).isEqualTo("save the file as UTF-8");
  }

  @Test
  void utf8_utf16Text_namedAsUtf16() {
    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> TextDecoding.utf8("utf16.md", Resources.bytes("text/utf16.md")));

    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem()).isEqualTo("text is UTF-16 (byte-order mark 0xFF 0xFE), not UTF-8");
  }

  @Test
  void utf8_truncatedSequenceAtEnd_refused() {
    byte[] truncated = {'a', '\n', (byte) 0xE2, (byte) 0x82};

    InputException error =
        catchThrowableOfType(InputException.class, () -> TextDecoding.utf8("cut.txt", truncated));

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("not valid UTF-8 (bad byte 0xE2 at offset 2)");
  }

  @Test
  void utf8_fourByteCharacters_decoded() throws InputException {
    byte[] emoji = "model 🤗 card".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(TextDecoding.utf8("emoji.md", emoji)).isEqualTo("model 🤗 card");
  }

  @Test
  void utf8_replacementCharacterWrittenInTheFile_keptAsText() throws InputException {
    byte[] text = "score \uFFFD n/a".getBytes(StandardCharsets.UTF_8);

    assertThat(TextDecoding.utf8("fffd.md", text)).isEqualTo("score \uFFFD n/a");
  }

  @Test
  void utf8_encodedSurrogateAndOverlongForm_refused() {
    byte[] surrogate = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    byte[] overlong = {'x', '\n', (byte) 0xC0, (byte) 0xAF};

    assertThat(catchThrowableOfType(InputException.class, () -> TextDecoding.utf8("s", surrogate)))
        .hasMessageContaining("bad byte 0xED at offset 1");
    assertThat(catchThrowableOfType(InputException.class, () -> TextDecoding.utf8("o", overlong)))
        .extracting(InputException::line)
        .isEqualTo(2);
  }

  /** The fast lenient path must accept exactly what the strict decoder accepts, with equal text. */
  @Test
  void utf8_randomBytes_sameOutcomeAsStrictDecoder() {
    Random random = new Random(20261207);
    byte[] alphabet = {
      'a',
      '\n',
      (byte) 0xC3,
      (byte) 0xA9,
      (byte) 0xE2,
      (byte) 0x80,
      (byte) 0x99,
      (byte) 0xF0,
      (byte) 0x9F,
      (byte) 0xBF,
      (byte) 0xBD,
      (byte) 0xEF,
      (byte) 0xED,
      (byte) 0xFF
    };
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String strict = strictOrNull(bytes);
      String decoded;
      try {
        decoded = TextDecoding.utf8("random", bytes);
      } catch (InputException refused) {
        decoded = null;
      }
      assertThat(decoded)
          .as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
          .isEqualTo(strict);
    }
  }

  private static String strictOrNull(byte[] bytes) {
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException malformed) {
      return null;
    }
  }
}
