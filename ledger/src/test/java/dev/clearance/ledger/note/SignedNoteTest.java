package dev.clearance.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.ledger.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignedNoteTest {

  static Stream<Path> validNotes() {
    return TestData.files("note/notes", ".txt").stream()
        .filter(path -> path.getFileName().toString().startsWith("valid"));
  }

  static Stream<Path> badNotes() {
    return TestData.files("note/notes", ".txt").stream()
        .filter(path -> path.getFileName().toString().startsWith("error_"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validNotes")
  void parse_validNote_writesSameBytes(Path file) throws CheckpointException {
    byte[] bytes = TestData.read(file);
    SignedNote note = SignedNote.parse(bytes);
    assertThat(note.toBytes()).isEqualTo(bytes);
    assertThat(note.text()).startsWith("text\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNotes")
  void parse_badNote_failsNamingProblem(Path file) {
    assertThatThrownBy(() -> SignedNote.parse(TestData.read(file)))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining(NoteFiles.expectedError(file));
  }

  @Test
  void parse_blankLineInText_splitsAtLastBlankLine() throws CheckpointException {
    SignedNote note =
        SignedNote.parse(
            TestData.read(TestData.folder("note/notes").resolve("valid_blank_line_in_text.txt")));
    assertThat(note.text()).isEqualTo("text\n\nmore text after a blank line\n");
    assertThat(note.signatures()).hasSize(2);
    assertThat(note.signatures().get(1).keyName()).isEqualTo("other.example/key");
    assertThat(note.signatures().get(1).keyId()).isEqualTo(2);
  }

  @Test
  void parse_tooManySignatures_fails() {
    StringBuilder note = new StringBuilder("text\n\n");
    for (int index = 0; index <= SignedNote.MAX_SIGNATURES; index++) {
      note.append("— k AAAAAQE=\n");
    }
    assertThatThrownBy(() -> SignedNote.parse(note.toString().getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("101 signatures, more than the limit of 100");
  }

  @Test
  void parse_overOneMebibyte_fails() {
    byte[] big = new byte[SignedNote.MAX_BYTES + 1];
    assertThatThrownBy(() -> SignedNote.parse(big))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining("more than the limit of 1048576");
  }

  @Test
  void verify_goExample_returnsText() throws CheckpointException {
    SignedNote note =
        SignedNote.parse(NoteFiles.text("peter-neumann.note").getBytes(StandardCharsets.UTF_8));
    NoteVerifier verifier = NoteVerifier.parse(NoteFiles.text("peter-neumann.vkey"));
    assertThat(note.verify(List.of(verifier)))
        .isEqualTo(
            "If you think cryptography is the answer to your problem,\n"
                + "then you don't know what your problem is.\n");
  }

  @Test
  void sign_goExampleKey_reproducesGoNote() throws CheckpointException {
    NoteSigner signer = NoteSigner.parse(NoteFiles.text("peter-neumann.skey"));
    SignedNote expected =
        SignedNote.parse(NoteFiles.text("peter-neumann.note").getBytes(StandardCharsets.UTF_8));
    assertThat(signer.sign(expected.text()).toString())
        .isEqualTo(NoteFiles.text("peter-neumann.note"));
    assertThat(signer.verifier().verifierKey())
        .isEqualTo(NoteFiles.text("peter-neumann.vkey").strip());
    assertThat(signer.signerKey()).isEqualTo(NoteFiles.text("peter-neumann.skey").strip());
  }

  @Test
  void verify_alteredText_failsForKnownKey() throws CheckpointException {
    String original = NoteFiles.text("peter-neumann.note");
    byte[] altered =
        original.replace("cryptography", "cryptographY").getBytes(StandardCharsets.UTF_8);
    NoteVerifier verifier = NoteVerifier.parse(NoteFiles.text("peter-neumann.vkey"));
    SignedNote note = SignedNote.parse(altered);
    assertThatThrownBy(() -> note.verify(List.of(verifier)))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining("signature by PeterNeumann (key ID c74f20a3) does not verify");
  }

  @Test
  void verify_unknownKeySignatures_areIgnored() throws CheckpointException {
    NoteSigner log = NoteSigner.generate("clearance.example/log");
    NoteSigner sameName = NoteSigner.generate("clearance.example/log");
    NoteSigner witness = NoteSigner.generate("witness.example");
    String text = "hello\n";
    SignedNote note =
        new SignedNote(
            text,
            List.of(
                sameName.signature(text),
                witness.signature(text),
                new NoteSignature(log.name(), log.verifier().keyId() + 1, new byte[64]),
                log.signature(text)));
    SignedNote parsed = SignedNote.parse(note.toBytes());
    assertThat(parsed).isEqualTo(note);
    assertThat(parsed.verify(List.of(log.verifier()))).isEqualTo(text);
  }

  @Test
  void verify_noTrustedSignature_failsNamingSigners() throws CheckpointException {
    NoteSigner log = NoteSigner.generate("clearance.example/log");
    NoteSigner other = NoteSigner.generate("other.example");
    SignedNote note = other.sign("hello\n");
    assertThatThrownBy(() -> note.verify(List.of(log.verifier())))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining("no signature by a trusted key")
        .hasMessageContaining("other.example (" + other.verifier().keyIdHex() + ")")
        .hasMessageContaining("trusted: clearance.example/log");
  }

  @Test
  void constructor_textWithoutNewline_fails() throws CheckpointException {
    NoteSigner signer = NoteSigner.generate("k");
    assertThatThrownBy(() -> signer.sign("no newline"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end with a newline");
  }
}
