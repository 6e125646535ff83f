package dev.clearance.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.TestData;
import dev.clearance.ledger.TreeHasher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointTest {

  static Stream<Path> validCheckpoints() {
    return TestData.files("note/checkpoints", ".txt").stream()
        .filter(path -> path.getFileName().toString().startsWith("valid"));
  }

  static Stream<Path> badCheckpoints() {
    return TestData.files("note/checkpoints", ".txt").stream()
        .filter(path -> path.getFileName().toString().startsWith("error_"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCheckpoints")
  void parse_validCheckpoint_writesSameText(Path file) throws CheckpointException {
    String text = new String(TestData.read(file), StandardCharsets.UTF_8);
    Checkpoint checkpoint = Checkpoint.parse(text);
    assertThat(checkpoint.toNoteText()).isEqualTo(text);
    assertThat(checkpoint.origin()).isEqualTo("clearance.example/log");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCheckpoints")
  void parse_badCheckpoint_failsNamingLine(Path file) {
    String text = new String(TestData.read(file), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Checkpoint.parse(text))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining(NoteFiles.expectedError(file));
  }

  @Test
  void parse_specExample_readsFields() throws CheckpointException {
    Checkpoint checkpoint = Checkpoint.parse(NoteFiles.text("checkpoints/valid_extensions.txt"));
    assertThat(checkpoint.size()).isEqualTo(5);
    assertThat(checkpoint.root())
        .isEqualTo(Hash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
    assertThat(checkpoint.extensions())
        .containsExactly("Timestamp: 1700000000", "another extension é");
  }

  @Test
  void open_signedCheckpoint_returnsCheckpoint() throws CheckpointException {
    NoteSigner signer = NoteSigner.generate("clearance.example/log");
    Checkpoint checkpoint =
        new Checkpoint("clearance.example/log", 3, TreeHasher.create().emptyRoot());
    byte[] note = checkpoint.sign(signer).toBytes();
    assertThat(Checkpoint.open(note, List.of(signer.verifier()))).isEqualTo(checkpoint);
    String text = new String(note, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "clearance.example/log\n3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n— clearance.example/log ");
  }

  @Test
  void open_docExample_givesReferenceRoot() throws CheckpointException {
    Checkpoint checkpoint =
        Checkpoint.open(
            NoteFiles.text("doc-example.note").getBytes(StandardCharsets.UTF_8),
            List.of(NoteVerifier.parse(NoteFiles.text("doc-example.vkey"))));
    assertThat(checkpoint.size()).isEqualTo(8);
    assertThat(checkpoint.root().hex())
        .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
  }

  @Test
  void open_alteredSize_failsSignature() throws CheckpointException {
    NoteSigner signer = NoteSigner.generate("clearance.example/log");
    Checkpoint checkpoint =
        new Checkpoint("clearance.example/log", 3, TreeHasher.create().emptyRoot());
    byte[] altered =
        checkpoint
            .sign(signer)
            .toString()
            .replaceFirst("\n3\n", "\n4\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Checkpoint.open(altered, List.of(signer.verifier())))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining("does not verify over the note text");
  }

  @Test
  void constructor_newlineInOrigin_fails() {
    Hash root = TreeHasher.create().emptyRoot();
    assertThatThrownBy(() -> new Checkpoint("evil\n999", 1, root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("origin contains a newline");
    assertThatThrownBy(() -> new Checkpoint("log", 1, root, List.of("")))
        .hasMessageContaining("extension line 1 is empty");
  }
}
