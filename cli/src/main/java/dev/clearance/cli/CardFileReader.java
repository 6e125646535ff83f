package dev.clearance.cli;

import dev.clearance.cyclonedx.CycloneDxCardReader;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one model card file for {@code clearance card convert}: a CycloneDX BOM when the name ends
 * in {@code .json}, else a Hugging Face card (markdown with YAML front matter). Input limits are
 * {@link InputLimits#DEFAULT}.
 */
final class CardFileReader {

  private final InputLimits limits;

  CardFileReader(InputLimits limits) {
    this.limits = limits;
  }

  /**
   * @throws InputException when the file is missing, too large, not UTF-8 or not a model card
   */
  ModelCard read(Path file) throws InputException {
    String name = file.toString();
    String text = TextDecoding.utf8(name, bytes(file));
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return new ModelCardReader(limits).read(name, text);
    }
    Node document = new JsonReader(limits).read(name, text);
    if (!(document instanceof Node.Mapping bom)) {
      throw new InputException(
          name, 1, "a CycloneDX BOM is a JSON object", "pass a CycloneDX 1.6 BOM with a modelCard");
    }
    return CycloneDxCardReader.read(name, bom);
  }

  private byte[] bytes(Path file) throws InputException {
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new InputException(
            name, 0, "no such file", "pass a model card (.md) or a CycloneDX BOM (.json)");
      }
      if (Files.size(file) > limits.maxFileBytes()) {
        throw new InputException(
            name,
            0,
            "the file is larger than " + limits.maxFileBytes() + " bytes",
            "a model card is text; check that this is the right file");
      }
      return Files.readAllBytes(file);
    } catch (IOException unreadable) {
      throw new InputException(
          name, 0, "cannot read: " + unreadable.getMessage(), "check the file's permissions");
    }
  }
}
