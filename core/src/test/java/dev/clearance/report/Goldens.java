package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares writer output with the golden files in {@code
 * src/test/resources/dev/clearance/report/golden/}. To regenerate them after an intended change of
 * a format, run {@code ./mvnw -pl core test -Dtest='*ReportWriterTest'
 * -Dclearance.updateGoldens=true} and review the diff before committing.
 */
final class Goldens {

  static final String UPDATE_PROPERTY = "clearance.updateGoldens";
  private static final Path SOURCE_FOLDER =
      Path.of("src/test/resources/dev/clearance/report/golden");

  private Goldens() {}

  /** Asserts that the output equals the golden file, or rewrites the file when asked to. */
  static void assertMatches(String name, String actual) throws IOException {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(SOURCE_FOLDER);
      Files.writeString(SOURCE_FOLDER.resolve(name), actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual)
        .as("output of %s (regenerate with -D%s=true)", name, UPDATE_PROPERTY)
        .isEqualTo(read(name));
  }

  static String read(String name) throws IOException {
    try (InputStream in = Goldens.class.getResourceAsStream("golden/" + name)) {
      assertThat(in)
          .as("golden file %s (create it with -D%s=true)", name, UPDATE_PROPERTY)
          .isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
