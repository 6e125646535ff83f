package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
}
