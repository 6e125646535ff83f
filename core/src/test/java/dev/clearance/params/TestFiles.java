package dev.clearance.params;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads test resources of this package and files of the shared corpus. */
final class TestFiles {

  private TestFiles() {}

  /** The shared corpus folder, passed by surefire as {@code clearance.shared}. */
  static Path corpus() {
    return TestData.corpus();
  }

  static List<Path> corpusFiles(String folder) {
    try (Stream<Path> files = Files.list(corpus().resolve(folder))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException notListed) {
      throw new UncheckedIOException(notListed);
    }
  }

  static Path resource(String name) {
    try {
      var url = TestFiles.class.getResource(name);
      if (url == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException badUri) {
      throw new IllegalStateException(badUri);
    }
  }

  static JsonFile json(Path path) throws InputException {
    String text = TextDecoding.utf8(path.toString(), read(path));
    return json(path.getFileName().toString(), text);
  }

  static JsonFile json(String name, String text) throws InputException {
    Node root = new JsonReader(InputLimits.DEFAULT).read(name, text);
    if (!(root instanceof Node.Mapping mapping)) {
      throw new InputException(name, 1, "not a JSON object", "");
    }
    return new JsonFile(name, mapping);
  }

  static ModelCard card(Path path) throws InputException {
    String text = TextDecoding.utf8(path.toString(), read(path));
    return new ModelCardReader(InputLimits.DEFAULT).read(path.getFileName().toString(), text);
  }

  static ModelCard card(String name, String text) throws InputException {
    return new ModelCardReader(InputLimits.DEFAULT).read(name, text);
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
