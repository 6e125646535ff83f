package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.DossierReader;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads dossiers for the commands, with the default input limits; files that are skipped are
 * reported on standard error as warnings, not logged.
 */
final class DossierSource {

  private final CheckpointInspector inspector;

  DossierSource(CheckpointInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * @param warnings told about each file that was seen but not read ("skipped F: reason")
   * @throws InputException when the path is missing or a file in it is malformed
   */
  Dossier read(Path path, Consumer<String> warnings) throws InputException {
    return new DossierReader(
            InputLimits.DEFAULT, inspector, skipped -> warnings.accept("skipped " + skipped))
        .read(path);
  }
}
