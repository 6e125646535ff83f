package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.ledger.StreamingTree;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.NoteSigner;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clearance log verify --file} on a generated export, without a registry. */
class LogFileVerifyTest {

  @TempDir Path folder;

  /**
   * Writes an export of {@code count} entries signed by {@code signer}; entry {@code skip} left
   * out.
   */
  private Path export(NoteSigner signer, int count, int skip) throws Exception {
    StreamingTree tree = new StreamingTree();
    Instant time = Instant.parse("2026-11-27T10:00:00Z");
    byte[][] leaves = new byte[count][];
    for (int index = 0; index < count; index++) {
      leaves[index] =
          new AuditEntry(index, time, "u1", "release.move", "r" + index, "a", "b", null, null)
              .leafData();
      tree.add(leaves[index]);
    }
    String note =
        new String(
            new Checkpoint(signer.name(), count, tree.root()).sign(signer).toBytes(),
            StandardCharsets.UTF_8);
    Path file = folder.resolve("log.jsonl");
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ObjectNode header = LogJson.mapper().createObjectNode().put("checkpoint", note);
      writer.write(header.toString());
      writer.write('\n');
      for (int index = 0; index < count; index++) {
        if (index == skip) {
          continue;
        }
        ObjectNode line =
            LogJson.mapper()
                .createObjectNode()
                .put("sequence", index)
                .put("leaf", new String(leaves[index], StandardCharsets.UTF_8));
        writer.write(line.toString());
        writer.write('\n');
      }
    }
    return file;
  }

  @Test
  void verifyFile_longLog_printsProgressAndVerifies() throws Exception {
    NoteSigner signer = NoteSigner.generate("test.clearance.dev/log");
    int count = (int) LogReplay.PROGRESS_EVERY + 7;
    Path file = export(signer, count, -1);

    CliRun run =
        CliRun.real(
            "log", "verify", "--file", file.toString(), "--key", signer.verifier().verifierKey());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("verified: " + count + " entries");
    assertThat(run.err()).contains("log verify: " + LogReplay.PROGRESS_EVERY + " of " + count);
  }

  @Test
  void verifyFile_missingEntry_namesPositionAndFails() throws Exception {
    NoteSigner signer = NoteSigner.generate("test.clearance.dev/log");
    Path file = export(signer, 10, 4);
    Path keyFile = Files.writeString(folder.resolve("log.key"), signer.verifier().verifierKey());

    CliRun run =
        CliRun.real(
            "log", "verify", "--file", file.toString(), "--key", keyFile.toString(), "--quiet");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out())
        .contains("entry at position 4 is numbered 5")
        .contains("the log has 9 entries, but checkpoint");
  }
}
