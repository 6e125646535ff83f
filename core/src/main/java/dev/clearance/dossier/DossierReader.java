package dev.clearance.dossier;

import dev.clearance.cyclonedx.CycloneDxCardReader;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a release dossier (DOC-8): a model release folder, a single markdown model card, or a
 * single CycloneDX ML-BOM JSON file. See {@link FolderDossier} for what is read in a folder. A
 * CycloneDX model card is turned into a {@link ModelCard} by {@link CycloneDxCardReader}.
 *
 * <p>Every file name in the result, in its sources and in errors is the path as the user gave it
 * joined with the path inside the folder ({@code models/tiny/README.md}); a single file is named as
 * given. Files that are skipped rather than read (links out of the folder, FIFOs, devices, result
 * files of other tools) are reported to the {@code skipped} listener; by default they are logged as
 * warnings through {@link System.Logger}.
 */
public final class DossierReader {

  private static final System.Logger LOG = System.getLogger(DossierReader.class.getName());

  /**
   * The names of a folder's markdown model card, in the order they are looked for: the first one
   * present is the card.
   */
  public static final List<String> CARD_NAMES = FolderDossier.CARD_NAMES;

  private final InputLimits limits;
  private final CheckpointInspector inspector;
  private final Consumer<SkippedFile> skipped;

  /** Made once: a reader holds its markdown parser, and may be shared between threads. */
  private final ModelCardReader cardReader;

  public DossierReader(InputLimits limits, CheckpointInspector inspector) {
    this(limits, inspector, DossierReader::logSkipped);
  }

  /**
   * @param skipped told about every file that was seen but not read, and why
   */
  public DossierReader(
      InputLimits limits, CheckpointInspector inspector, Consumer<SkippedFile> skipped) {
    this.limits = limits;
    this.inspector = inspector;
    this.skipped = skipped;
    this.cardReader = new ModelCardReader(limits);
  }

  /**
   * Reads the dossier at {@code path}.
   *
   * @param path a model release folder, a markdown card ({@code .md}) or a CycloneDX JSON file
   * @return everything read, each value with its source
   * @throws InputException when the path does not exist or is another kind of file, or when any
   *     file that is read is malformed, unsafe, not UTF-8 or larger than {@link
   *     InputLimits#maxFileBytes()}; the exception names that file and line
   */
  public Dossier read(Path path) throws InputException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException missing) {
      throw new InputException(
          path.toString(),
          0,
          "no such file or folder",
          "give a model release folder, a model card (.md) or a CycloneDX BOM (.json)");
    }
    if (attributes.isDirectory()) {
      return new FolderDossier(new ReleaseFolder(path, limits, skipped), limits)
          .read(path.toString(), inspector.count(path));
    }
    if (!attributes.isRegularFile()) {
      throw new InputException(
          path.toString(),
          0,
          "not a regular file or folder (a FIFO, device or socket)",
          "give a model release folder, a model card (.md) or a CycloneDX BOM (.json)");
    }
    return readSingleFile(path, attributes.size());
  }

  private Dossier readSingleFile(Path path, long size) throws InputException {
    String file = path.toString();
    if (size > limits.maxFileBytes()) {
      throw new InputException(
          file,
          0,
          "file of %d bytes is larger than the limit of %d bytes"
              .formatted(size, limits.maxFileBytes()),
          "this file should be small; check that it is the right file (see docs/input-limits.md)");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      ModelCard card = cardReader.read(file, TextDecoding.utf8(file, bytes(path)));
      return Dossier.ofCard(card, ModelIndexReader.read(card.metadata()));
    }
    if (name.endsWith(".json")) {
      Node root = new JsonReader(limits).read(file, TextDecoding.utf8(file, bytes(path)));
      if (FolderDossier.isCycloneDx(root)) {
        Node.Mapping bom = (Node.Mapping) root;
        return Dossier.ofCard(
            CycloneDxCardReader.read(file, bom), CycloneDxCardReader.evalResults(file, bom));
      }
      throw new InputException(
          file,
          root.source().line(),
          "a JSON file that is not a CycloneDX BOM (no \"bomFormat\": \"CycloneDX\")",
          "give the model folder to read config.json and result files, or a CycloneDX BOM");
    }
    throw new InputException(
        file,
        0,
        "not a model card: expected a folder, a markdown card (.md) or a CycloneDX BOM (.json)",
        "give the model release folder or its README.md");
  }

  private byte[] bytes(Path path) throws InputException {
    try (var in = Files.newInputStream(path)) {
      byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      if (read.length > limits.maxFileBytes()) {
        throw new InputException(
            path.toString(),
            0,
            "file is larger than the limit of %d bytes".formatted(limits.maxFileBytes()),
            "see docs/input-limits.md");
      }
      return read;
    } catch (IOException unreadable) {
      throw new InputException(
          path.toString(), 0, "cannot read the file: " + unreadable.getMessage(), "");
    }
  }

  private static void logSkipped(SkippedFile file) {
    LOG.log(Level.WARNING, "skipped {0}: {1}", file.file(), file.reason());
  }
}
