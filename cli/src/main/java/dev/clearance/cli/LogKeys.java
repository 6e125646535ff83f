package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the pinned verifier key and saved checkpoints given to {@code clearance log verify}. */
final class LogKeys {

  private LogKeys() {}

  /**
   * The verifier key given as text or as a file holding it (first non-empty line).
   *
   * @throws InputException if it is neither a readable file nor a valid verifier key
   */
  static NoteVerifier verifier(String key) throws InputException {
    return verifier(key, "--key");
  }

  /**
   * The verifier key given as text or as a file holding it, passed with {@code option}.
   *
   * @throws InputException if it is neither a readable file nor a valid verifier key
   */
  static NoteVerifier verifier(String key, String option) throws InputException {
    String text = key;
    String where = option;
    Path file = pathOrNull(key);
    if (file != null && Files.isRegularFile(file)) {
      where = file.toString();
      try {
        if (Files.size(file) > 4096) {
          throw new InputException(where, 0, "a verifier key file is at most 4 KiB", hint());
        }
        text =
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse("");
      } catch (IOException e) {
        throw new InputException(where, 0, "cannot read: " + e.getMessage(), hint(), e);
      }
    }
    try {
      return NoteVerifier.parse(text);
    } catch (CheckpointException e) {
      throw new InputException(where, 0, e.getMessage(), hint(), e);
    }
  }

  /**
   * A saved checkpoint, which the pinned key must have signed.
   *
   * @throws InputException if it cannot be read, is not a signed checkpoint or not by this key
   */
  static Checkpoint open(Path file, NoteVerifier verifier) throws InputException {
    byte[] note;
    try {
      if (Files.size(file) > (1 << 20)) {
        throw new InputException(file.toString(), 0, "a checkpoint is at most 1 MiB", "");
      }
      note = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(
          file.toString(), 0, "cannot read: " + e.getMessage(), "Pass a saved checkpoint.", e);
    }
    try {
      return Checkpoint.open(note, List.of(verifier));
    } catch (CheckpointException e) {
      throw new InputException(
          file.toString(),
          0,
          e.getMessage(),
          "Pass a checkpoint of this log saved earlier (GET /api/v1/log/checkpoint or"
              + " --save-checkpoint), and the key that signs it.",
          e);
    }
  }

  private static Path pathOrNull(String key) {
    try {
      return Path.of(key);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String hint() {
    return "Pass the verifier key that GET /api/v1/log/key shows (name+keyid+base64), or a file"
        + " holding it; pin it from a trusted source.";
  }
}
