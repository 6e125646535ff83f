package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.TextDecoding;
import dev.clearance.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test data: resources of this package and the shared corpus. */
final class TestFiles {

  private TestFiles() {}

  static byte[] bytes(String name) {
    return TestData.bytes(TestFiles.class, name);
  }

  static String text(String name) {
    return TestData.text(TestFiles.class, name);
  }

  /** A resource folder on disk (test resources are copied to target/test-classes). */
  static Path folder(String name) {
    URL url = TestFiles.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException notAPath) {
      throw new IllegalArgumentException(notAPath);
    }
  }

  /** Copies a resource folder into {@code target} (for tests that add links or FIFOs). */
  static Path copy(String name, Path target) {
    Path source = folder(name);
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path copied = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copied);
        } else {
          Files.copy(path, copied);
        }
      }
      return target;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** A file of ../shared/corpus (the folder comes from the clearance.shared property). */
  static Path corpus(String relative) {
    return TestData.corpus().resolve(relative);
  }

  static String corpusText(String relative) {
    try {
      Path path = corpus(relative);
      return TextDecoding.utf8(path.getFileName().toString(), Files.readAllBytes(path));
    } catch (IOException | InputException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  static List<String> corpusFiles(String folder) {
    try (Stream<Path> files = Files.list(corpus(folder))) {
      return files.map(path -> folder + "/" + path.getFileName()).sorted().toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
