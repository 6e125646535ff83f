package dev.clearance.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.document.InputException;
import dev.clearance.ledger.ConsistencyVerifier;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.ProofException;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance log verify (--server URL | --file log.jsonl) --key KEY [--checkpoint old.note]}:
 * recomputes the audit log's Merkle root from every entry and checks it against the signed
 * checkpoint (which the pinned key must have signed), checks sequence numbers and revealed details,
 * and, given an earlier checkpoint, that the log only grew since (ACC-1). Exit 0 verified, 1
 * verification failed, 2 bad input.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Verify a registry's audit log, live or exported: recompute the Merkle root from all entries"
          + " and compare it with the checkpoint signed by the pinned key; check sequence numbers"
          + " and revealed details; with --checkpoint, check that the log only grew since that"
          + " earlier checkpoint (also with a consistency proof from a live registry).",
      "Exit codes: 0 verified, 1 verification failed, 2 bad input or usage."
    })
final class LogVerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  static final class Source {
    @Option(names = "--server", paramLabel = "URL", description = "A live registry.")
    String server;

    @Option(names = "--file", paramLabel = "FILE", description = "A 'clearance log export' file.")
    Path file;
  }

  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEY",
      description =
          "The log's verifier key (name+id+key, as GET /api/v1/log/key shows it) or a file"
              + " holding it.")
  private String key;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description = "An earlier signed checkpoint of this log that you saved.")
  private Path previous;

  @Option(
      names = "--save-checkpoint",
      paramLabel = "FILE",
      description = "When verified, save the checkpoint verified against here (for next time).")
  private Path save;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  private String format;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws InputException {
    if (!"text".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
      throw new InputException(
          "--format", 0, "unknown format '" + format + "'", "Use text or json.");
    }
    NoteVerifier verifier = LogKeys.verifier(key);
    Checkpoint earlier = previous == null ? null : LogKeys.open(previous, verifier);
    LogServerClient client = source.server == null ? null : new LogServerClient(source.server);
    List<String> problems = new ArrayList<>();
    List<String> confirmed = new ArrayList<>();
    LogSource entries;
    byte[] note;
    Checkpoint current;
    if (client != null) {
      note = client.checkpoint();
      current = openServed(note, verifier, problems);
      entries = current == null ? null : client.entries(note, current.size());
    } else {
      entries = LogFileSource.open(source.file);
      note = entries.checkpointNote();
      current = openServed(note, verifier, problems);
    }
    LogReplay.Result replay = null;
    if (current == null && entries != null) {
      entries.close();
    }
    if (current != null) {
      confirmed.add(
          "checkpoint "
              + current.origin()
              + " size "
              + current.size()
              + " is signed by "
              + verifier.name());
      List<Checkpoint> checkpoints = new ArrayList<>(List.of(current));
      if (earlier != null) {
        checkpoints.add(earlier);
      }
      PrintWriter err = quiet ? null : spec.commandLine().getErr();
      try (LogSource open = entries) {
        replay = new LogReplay(err, current.size()).run(open, checkpoints);
      } catch (LogSource.Failure e) {
        throw e.input();
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
      if (replay != null) {
        if (replay.verification().ok()) {
          confirmed.add(replay.verification().message());
        } else {
          problems.add(replay.verification().message());
        }
        problems.addAll(replay.problems());
        if (replay.problemCount() > replay.problems().size()) {
          problems.add(
              (replay.problemCount() - replay.problems().size()) + " more entry problem(s)");
        }
        if (replay.revealed() > 0) {
          confirmed.add(replay.revealed() + " revealed details match their commitments");
        }
      }
      if (earlier != null && client != null) {
        consistency(client, earlier, current, problems, confirmed);
      }
    }
    boolean verified = problems.isEmpty();
    if (verified && save != null) {
      write(save, note);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        "json".equalsIgnoreCase(format)
            ? json(verified, current, replay, problems, confirmed)
            : text(verified, problems, confirmed));
    out.flush();
    return verified ? ExitCode.OK : ExitCode.REQUIREMENTS_FAILED;
  }

  private static Checkpoint openServed(byte[] note, NoteVerifier verifier, List<String> problems) {
    try {
      return Checkpoint.open(note, List.of(verifier));
    } catch (CheckpointException e) {
      problems.add("the log's checkpoint does not verify with the pinned key: " + e.getMessage());
      return null;
    }
  }

  private static void consistency(
      LogServerClient client,
      Checkpoint earlier,
      Checkpoint current,
      List<String> problems,
      List<String> confirmed)
      throws InputException {
    if (earlier.size() > current.size()) {
      problems.add(
          "your checkpoint has size "
              + earlier.size()
              + ", the registry's only "
              + current.size()
              + ": the log was cut");
      return;
    }
    List<Hash> proof = client.consistencyProof(earlier.size(), current.size());
    try {
      ConsistencyVerifier.verify(
          earlier.size(), current.size(), earlier.root(), current.root(), proof);
      confirmed.add(
          "consistency proof from size " + earlier.size() + " to " + current.size() + " verifies");
    } catch (ProofException e) {
      problems.add(e.getMessage());
    }
  }

  private static void write(Path target, byte[] note) throws InputException {
    try {
      Path absolute = target.toAbsolutePath();
      Path temporary =
          Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
      Files.write(temporary, note);
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InputException(
          target.toString(), 0, "cannot write: " + e.getMessage(), "Choose a writable path.", e);
    }
  }

  private static String text(boolean verified, List<String> problems, List<String> confirmed) {
    StringBuilder text = new StringBuilder(verified ? "VERIFIED" : "VERIFICATION FAILED");
    text.append('\n');
    problems.forEach(p -> text.append("  problem: ").append(TerminalText.safe(p)).append('\n'));
    confirmed.forEach(c -> text.append("  ok:      ").append(TerminalText.safe(c)).append('\n'));
    return text.toString();
  }

  private static String json(
      boolean verified,
      Checkpoint current,
      LogReplay.Result replay,
      List<String> problems,
      List<String> confirmed) {
    ObjectNode json = LogJson.mapper().createObjectNode();
    json.put("verified", verified);
    if (current != null) {
      ObjectNode checkpoint = json.putObject("checkpoint");
      checkpoint.put("origin", current.origin());
      checkpoint.put("size", current.size());
      checkpoint.put("root", current.root().base64());
    }
    if (replay != null) {
      json.put("entries", replay.entries());
      json.put("revealedDetails", replay.revealed());
      json.put("entryProblems", replay.problemCount());
    }
    ArrayNode problemArray = json.putArray("problems");
    problems.forEach(problemArray::add);
    ArrayNode confirmedArray = json.putArray("confirmed");
    confirmed.forEach(confirmedArray::add);
    return json.toPrettyString() + "\n";
  }
}
