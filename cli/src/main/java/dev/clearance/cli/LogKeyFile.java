package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The audit log's signing key on disk: one line, the C2SP signer key ({@code
 * PRIVATE+KEY+name+id+key}). Created on first start, readable by its owner only; every instance of
 * one registry must use the same file.
 */
final class LogKeyFile {

  private LogKeyFile() {}

  /**
   * Reads the key at {@code file}, or creates one named {@code origin} when the file is absent.
   *
   * @return the signer, and whether it was created now
   * @throws InputException when the file exists but does not hold a signer key
   */
  static Loaded loadOrCreate(Path file, String origin) throws InputException, IOException {
    if (!Files.exists(file)) {
      NoteSigner created;
      try {
        created = NoteSigner.generate(origin);
      } catch (CheckpointException e) {
        throw new InputException(
            "--log-origin", 0, e.getMessage(), "use a name like registry.example.org/log");
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
            file,
            created.signerKey() + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.TRUNCATE_EXISTING);
        return new Loaded(created, true);
      } catch (FileAlreadyExistsException raced) {
        // Another instance created it at the same moment: use theirs.
      } catch (UnsupportedOperationException noPosix) {
        Files.writeString(file, created.signerKey() + "\n", StandardCharsets.UTF_8);
        return new Loaded(created, true);
      }
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    try {
      return new Loaded(NoteSigner.parse(text), false);
    } catch (CheckpointException e) {
      throw new InputException(
          file.toString(),
          1,
          "not an audit log signing key: " + e.getMessage(),
          "restore the registry's key file, or move it away to create a new key (earlier"
              + " checkpoints then no longer verify with the new key)");
    }
  }

  record Loaded(NoteSigner signer, boolean created) {}
}
