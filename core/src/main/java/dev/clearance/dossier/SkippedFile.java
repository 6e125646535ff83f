package dev.clearance.dossier;

import java.util.Objects;

/**
 * A file in a release folder that {@link DossierReader} saw but did not read, and why: a symbolic
 * link out of the folder, a FIFO or device, a folder walk that hit its limit, or a {@code
 * results*.json} that is not harness output. Shown to the user as a warning; not an error.
 *
 * @param file the path as shown to the user
 * @param reason why it was not read, as a sentence fragment ("is a FIFO, not a regular file")
 */
public record SkippedFile(String file, String reason) {

  public SkippedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return file + ": " + reason;
  }
}
