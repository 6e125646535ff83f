package dev.clearance.server.release;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.ParameterCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The exact parameter count from an uploaded {@value DossierFileKinds#INSPECTION}: the JSON that
 * {@code clearance inspect --format json} prints from the checkpoint headers (ART-1). The registry
 * never receives the weights; the releasing organization's pipeline inspects them and uploads this
 * summary, as it would run {@code clearance check} on the same folder. Like the artifacts module's
 * header inspector, it gives no count when no checkpoint file was counted.
 */
final class UploadedInspection implements CheckpointInspector {

  private final InputLimits limits;

  UploadedInspection(InputLimits limits) {
    this.limits = limits;
  }

  /**
   * @throws InputException when the summary is not UTF-8 JSON of the expected shape, naming the
   *     file, line and field
   */
  @Override
  public Optional<ParameterCount> count(Path folder) throws InputException {
    Path file = folder.resolve(DossierFileKinds.INSPECTION);
    String name = folder.getFileName() + "/" + DossierFileKinds.INSPECTION;
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      if (Files.size(file) > limits.maxFileBytes()) {
        throw new InputException(
            name, 0, "larger than " + limits.maxFileBytes() + " bytes", "upload the summary only");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot be read: " + e.getMessage(), "upload it again");
    }
    Node root = new JsonReader(limits).read(name, TextDecoding.utf8(name, bytes));
    if (!(root instanceof Node.Mapping mapping)) {
      throw shape(name, root, "the top level must be an object");
    }
    Optional<Node.Sequence> files = mapping.sequence("files");
    Optional<String> countedFrom = mapping.text("countedFrom");
    if (files.isEmpty() || files.get().items().isEmpty() || countedFrom.isEmpty()) {
      return Optional.empty();
    }
    long total = whole(name, mapping, "totalParameters");
    long tensors = whole(name, mapping, "tensors");
    OptionalLong active =
        mapping.get("activeParameters").isPresent()
            ? OptionalLong.of(whole(name, mapping, "activeParameters"))
            : OptionalLong.empty();
    String detail =
        "%d tensors in %d file(s); %s (from %s by clearance inspect)"
            .formatted(
                tensors,
                files.get().items().size(),
                dtypeSummary(name, mapping),
                countedFrom.get());
    return Optional.of(
        new ParameterCount(
            total, active, ParameterCount.Basis.EXACT_HEADERS, Source.ofFile(name), detail));
  }

  private static String dtypeSummary(String name, Node.Mapping mapping) throws InputException {
    List<String> parts = new ArrayList<>();
    for (Node item : mapping.sequence("dtypes").map(Node.Sequence::items).orElse(List.of())) {
      if (!(item instanceof Node.Mapping dtype)) {
        throw shape(name, item, "each entry of 'dtypes' must be an object");
      }
      parts.add(
          String.format(
              Locale.ROOT,
              "%s: %,d parameters in %,d bytes (%d tensors)",
              dtype.text("dtype").orElse("?"),
              whole(name, dtype, "parameters"),
              whole(name, dtype, "bytes"),
              whole(name, dtype, "tensors")));
    }
    return String.join("; ", parts);
  }

  private static long whole(String name, Node.Mapping mapping, String key) throws InputException {
    Optional<Double> number = mapping.number(key);
    if (number.isEmpty()
        || number.get() < 0
        || number.get() > 9.007199254740992e15
        || number.get() != Math.rint(number.get())) {
      throw shape(
          name, mapping.get(key).orElse(mapping), "'" + key + "' must be a whole number >= 0");
    }
    return number.get().longValue();
  }

  private static InputException shape(String name, Node node, String problem) {
    return new InputException(
        name,
        node.source().line(),
        problem,
        "upload the unchanged output of `clearance inspect --format json`");
  }
}
