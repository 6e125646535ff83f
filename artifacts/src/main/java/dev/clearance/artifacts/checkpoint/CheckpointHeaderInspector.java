package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.ParameterCount;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The exact parameter count from a folder's safetensors or GGUF headers, for {@code clearance
 * check}: basis {@link ParameterCount.Basis#EXACT_HEADERS}, source the shard index or the single
 * checkpoint file, detail the per-dtype summary (ART-1).
 */
public final class CheckpointHeaderInspector implements CheckpointInspector {

  private final CheckpointFolderInspector inspector;

  public CheckpointHeaderInspector(HeaderLimits limits, InputLimits jsonLimits) {
    this.inspector = new CheckpointFolderInspector(limits, jsonLimits);
  }

  /** With {@link HeaderLimits#DEFAULT} and {@link InputLimits#DEFAULT}. */
  public CheckpointHeaderInspector() {
    this(HeaderLimits.DEFAULT, InputLimits.DEFAULT);
  }

  /**
   * @return empty when the folder has no safetensors or GGUF checkpoint
   * @throws InputException when a header is malformed or hostile, naming the file and tensor
   */
  @Override
  public Optional<ParameterCount> count(Path folder) throws InputException {
    CheckpointInspection inspection = inspector.inspect(folder);
    if (inspection.counted().isEmpty() || inspection.countSource().isEmpty()) {
      return Optional.empty();
    }
    String detail =
        "%d tensors in %d file(s); %s"
            .formatted(
                inspection.tensorCount(), inspection.counted().size(), inspection.dtypeSummary());
    return Optional.of(
        new ParameterCount(
            inspection.totalParameters(),
            inspection.activeParameters(),
            ParameterCount.Basis.EXACT_HEADERS,
            Source.ofFile(inspection.countSource().get()),
            detail));
  }
}
