package dev.clearance.dossier;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Counts parameters exactly from checkpoint headers in a folder. The artifacts module provides the
 * real implementation (safetensors and GGUF headers); {@link #NONE} is used where it is absent.
 */
@FunctionalInterface
public interface CheckpointInspector {

  CheckpointInspector NONE = folder -> Optional.empty();

  /**
   * Returns the exact count when the folder holds checkpoint files whose headers give it.
   *
   * @throws dev.clearance.document.InputException when a checkpoint header is malformed or hostile
   */
  Optional<ParameterCount> count(Path folder) throws dev.clearance.document.InputException;
}
