package dev.clearance.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates test resource files. */
public final class TestData {

  private TestData() {}

  /** The folder of a test resource path under {@code dev/clearance/ledger/}. */
  public static Path folder(String relative) {
    URL url = TestData.class.getResource("/dev/clearance/ledger/" + relative);
    if (url == null) {
      throw new IllegalStateException("no test resource dev/clearance/ledger/" + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every file with the given extension below a test resource folder, sorted. */
  public static List<Path> files(String relative, String extension) {
    try (Stream<Path> walk = Files.walk(folder(relative))) {
      return walk.filter(path -> path.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a file. */
  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
