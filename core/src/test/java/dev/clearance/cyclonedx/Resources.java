package dev.clearance.cyclonedx;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test inputs: this package's resources and the shared corpus. */
final class Resources {

  private Resources() {}

  static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  static Node.Mapping bom(String file, String json) throws InputException {
    return (Node.Mapping) new JsonReader(InputLimits.DEFAULT).read(file, json);
  }

  static Node.Mapping bomResource(String name) throws InputException {
    return bom(name, text(name));
  }

  static ModelCard card(String file, String markdown) throws InputException {
    return new ModelCardReader(InputLimits.DEFAULT).read(file, markdown);
  }

  static Path corpus(String folder) {
    return Path.of(System.getProperty("clearance.shared"), "corpus", folder);
  }

  static Stream<String> corpusFiles(String folder) {
    try (Stream<Path> files = Files.list(corpus(folder))) {
      return files.map(path -> path.getFileName().toString()).sorted().toList().stream();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  static String corpusText(String folder, String name) {
    try {
      return Files.readString(corpus(folder).resolve(name));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
