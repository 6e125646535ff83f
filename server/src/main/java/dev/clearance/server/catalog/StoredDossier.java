package dev.clearance.server.catalog;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.DossierReader;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.store.blob.BlobStore;
import dev.clearance.store.release.ReleaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small text files of a release's uploaded dossier, read from the file store for the pages: the
 * card (the first of {@link DossierReader#CARD_NAMES} at the top of the dossier, as the checker
 * picks it), {@code config.json} and the checkpoint header summary. Files that are larger than
 * {@link #MAX_TEXT_BYTES}, not UTF-8 or missing from the store read as absent (logged).
 */
final class StoredDossier {

  /** Largest file read for a page (the card reader refuses longer cards anyway). */
  static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(StoredDossier.class);

  private StoredDossier() {}

  /** The markdown card among {@code files}. */
  static Optional<ReleaseFile> card(List<ReleaseFile> files) {
    for (String name : DossierReader.CARD_NAMES) {
      Optional<ReleaseFile> found = named(files, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The file called {@code name} (a path in the dossier) among {@code files}. */
  static Optional<ReleaseFile> named(List<ReleaseFile> files, String name) {
    return files.stream().filter(file -> file.name().equals(name)).findFirst();
  }

  /** The UTF-8 text of {@code file}, or empty (logged) when it cannot be read as such. */
  static Optional<String> text(BlobStore blobs, ReleaseFile file) {
    if (file.sizeBytes() > MAX_TEXT_BYTES) {
      LOG.warn("not reading {} for a page: {} bytes", file.name(), file.sizeBytes());
      return Optional.empty();
    }
    try (InputStream in = blobs.open(file.sha256())) {
      byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, MAX_TEXT_BYTES)))
              .toString());
    } catch (CharacterCodingException e) {
      LOG.warn("not reading {} for a page: not UTF-8", file.name());
      return Optional.empty();
    } catch (IOException e) {
      LOG.warn("cannot read {} of the dossier: {}", file.name(), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The part of the dossier the catalog facets come from, read again from the stored files: the
   * card and {@code config.json}. A file that does not parse is left out (logged).
   */
  static Dossier forFacets(BlobStore blobs, List<ReleaseFile> files) {
    Optional<ModelCard> card =
        card(files)
            .flatMap(
                file ->
                    text(blobs, file)
                        .flatMap(
                            text ->
                                parsed(
                                    file,
                                    () ->
                                        new ModelCardReader(InputLimits.DEFAULT)
                                            .read(file.name(), text))));
    Optional<JsonFile> config =
        named(files, "config.json")
            .flatMap(
                file ->
                    text(blobs, file)
                        .flatMap(
                            text ->
                                parsed(
                                    file,
                                    () ->
                                        new JsonReader(InputLimits.DEFAULT)
                                            .read(file.name(), text)))
                        .filter(Node.Mapping.class::isInstance)
                        .map(root -> new JsonFile(file.name(), (Node.Mapping) root)));
    return new Dossier(
        "stored dossier",
        card,
        config,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  private interface Parse<T> {
    T run() throws InputException;
  }

  private static <T> Optional<T> parsed(ReleaseFile file, Parse<T> parse) {
    try {
      return Optional.of(parse.run());
    } catch (InputException e) {
      LOG.warn("cannot read {} of the dossier: {}", file.name(), e.getMessage());
      return Optional.empty();
    }
  }
}
