package dev.clearance.artifacts.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResourceOrderTest {

  /**
   * pathlib-order.txt is Python's {@code sorted(PurePosixPath(name) ...)} of tricky names (the
   * order the OMS reference uses), produced with CPython 3 and stored as the expected order.
   */
  @Test
  void comparePaths_shuffledNames_sortLikePythonPurePosixPath() throws Exception {
    Path vector =
        Path.of(
            ResourceOrderTest.class
                .getResource("/dev/clearance/artifacts/manifest/pathlib-order.txt")
                .toURI());
    List<String> expected = Files.readAllLines(vector, StandardCharsets.UTF_8);
    List<String> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(42));

    shuffled.sort(ResourceOrder::comparePaths);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }
}
