package dev.clearance.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.document.InputException;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.SignedNote;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance log export --server URL -o log.jsonl}: writes a registry's latest checkpoint and
 * every entry it covers, one JSON object per line, for offline verification with {@code clearance
 * log verify --file}. Streams page by page; the file appears atomically when complete.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Export a registry's audit log: the latest signed checkpoint (first line,"
          + " {\"checkpoint\": ...}), then every entry it covers, one JSON object per line"
          + " ({\"sequence\", \"leaf\", \"details\"}).",
      "Exit codes: 0 exported, 2 bad input or usage."
    })
final class LogExportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--server", required = true, paramLabel = "URL", description = "The registry.")
  private String server;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "Where to write the export.")
  private Path out;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws InputException {
    LogServerClient client = new LogServerClient(server);
    byte[] note = client.checkpoint();
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
    } catch (CheckpointException e) {
      throw new InputException(
          server + "/api/v1/log/checkpoint",
          0,
          "the registry's checkpoint is not a signed checkpoint: " + e.getMessage(),
          "Check --server; verify the log with 'clearance log verify --server'.",
          e);
    }
    Path target = out.toAbsolutePath();
    long written = 0;
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
      try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
          LogSource entries = client.entries(note, checkpoint.size())) {
        ObjectNode header = LogJson.mapper().createObjectNode();
        header.put("checkpoint", new String(note, StandardCharsets.UTF_8));
        writer.write(LogJson.mapper().writeValueAsString(header));
        writer.write('\n');
        while (entries.hasNext()) {
          LogRecord record = entries.next();
          ObjectNode line = LogJson.mapper().createObjectNode();
          line.put("sequence", record.sequence());
          line.put("leaf", new String(record.leaf(), StandardCharsets.UTF_8));
          if (record.details() != null) {
            line.set("details", record.details());
          }
          writer.write(LogJson.mapper().writeValueAsString(line));
          writer.write('\n');
          written++;
          if (!quiet && written % LogReplay.PROGRESS_EVERY == 0) {
            err.println("log export: " + written + " of " + checkpoint.size() + " entries");
            err.flush();
          }
        }
      } catch (LogSource.Failure e) {
        Files.deleteIfExists(temporary);
        throw e.input();
      }
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InputException(
          out.toString(), 0, "cannot write: " + e.getMessage(), "Choose a writable path.", e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "exported "
            + written
            + " entries and the checkpoint of "
            + TerminalText.safe(checkpoint.origin())
            + " at size "
            + checkpoint.size()
            + " to "
            + TerminalText.safe(out.toString()));
    stdout.flush();
    return ExitCode.OK;
  }
}
