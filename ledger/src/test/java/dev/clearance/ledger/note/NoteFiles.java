package dev.clearance.ledger.note;

import dev.clearance.ledger.TestData;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Test data of the note package. */
final class NoteFiles {

  private NoteFiles() {}

  static String text(String name) {
    return new String(TestData.read(TestData.folder("note").resolve(name)), StandardCharsets.UTF_8);
  }

  /** The expected message fragment of an error case, from expected-errors.properties. */
  static String expectedError(Path file) {
    Properties expected = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            file.resolveSibling("expected-errors.properties"), StandardCharsets.UTF_8)) {
      expected.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fragment = expected.getProperty(file.getFileName().toString());
    if (fragment == null) {
      throw new IllegalStateException("no expected error for " + file);
    }
    return fragment;
  }
}
