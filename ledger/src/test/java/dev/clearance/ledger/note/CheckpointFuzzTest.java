package dev.clearance.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.ledger.Hash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Property tests of the note and checkpoint parsers: arbitrary bytes give a {@link
 * CheckpointException} or a value that writes back to the same bytes; written checkpoints parse
 * back to themselves. Regression seeds are in {@code CheckpointFuzzTestInputs/}.
 */
class CheckpointFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parse_arbitraryBytes_failsOnlyWithCheckedException(byte[] input) {
    try {
      SignedNote note = SignedNote.parse(input);
      assertThat(note.toBytes()).isEqualTo(input);
      Checkpoint checkpoint = Checkpoint.parse(note.text());
      assertThat(checkpoint.toNoteText()).isEqualTo(note.text());
    } catch (CheckpointException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    try {
      Checkpoint checkpoint = Checkpoint.parse(new String(input, StandardCharsets.UTF_8));
      assertThat(Checkpoint.parse(checkpoint.toNoteText())).isEqualTo(checkpoint);
    } catch (CheckpointException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "10s")
  void write_arbitraryCheckpoint_parsesBack(FuzzedDataProvider data) throws CheckpointException {
    String origin = data.consumeString(40).replaceAll("[\\p{Cntrl}\\p{Cs}]", "");
    long size = data.consumeLong(0, Long.MAX_VALUE);
    Hash root = Hash.of(data.consumeBytes(32).length == 32 ? padded(data) : new byte[32]);
    List<String> extensions = new ArrayList<>();
    int count = data.consumeInt(0, 3);
    for (int index = 0; index < count; index++) {
      String line = data.consumeString(20).replaceAll("[\\p{Cntrl}\\p{Cs}]", "");
      if (!line.isEmpty()) {
        extensions.add(line);
      }
    }
    if (origin.isEmpty()) {
      origin = "o";
    }
    Checkpoint checkpoint = new Checkpoint(origin, size, root, extensions);
    assertThat(Checkpoint.parse(checkpoint.toNoteText())).isEqualTo(checkpoint);
  }

  private static byte[] padded(FuzzedDataProvider data) {
    byte[] bytes = new byte[32];
    byte[] taken = data.consumeBytes(32);
    System.arraycopy(taken, 0, bytes, 0, taken.length);
    return bytes;
  }
}
