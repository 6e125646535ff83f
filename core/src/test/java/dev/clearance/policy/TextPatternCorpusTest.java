package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.InputException;
import dev.clearance.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Anchors must never hide a match: for every text pattern of every bundled policy and every line of
 * every corpus card, a line the expression matches contains one of its anchors.
 */
class TextPatternCorpusTest {

  @Test
  void anchors_everyPatternOnEveryCorpusLine_neverHideAMatch() throws IOException, InputException {
    List<TextPattern> patterns = new ArrayList<>();
    for (String name : PolicyLoader.bundledNames()) {
      Policy policy = PolicyLoader.bundled(name);
      patterns.addAll(policy.textPatterns());
    }
    List<String> lines = corpusLines();
    assertThat(lines).hasSizeGreaterThan(5_000);
    long anchored = patterns.stream().filter(pattern -> !pattern.anchors().isEmpty()).count();
    assertThat(anchored).isGreaterThan(patterns.size() * 8L / 10);

    int matches = 0;
    for (TextPattern pattern : patterns) {
      if (pattern.anchors().isEmpty()) {
        continue;
      }
      for (String line : lines) {
        if (pattern.regex().matcher(line).find()) {
          matches++;
          String lower = line.toLowerCase(Locale.ROOT);
          assertThat(pattern.anchors().stream().anyMatch(lower::contains))
              .as("anchors %s of /%s/ on: %s", pattern.anchors(), pattern, line)
              .isTrue();
        }
      }
    }
    assertThat(matches).isGreaterThan(1_000);
  }

  private static List<String> corpusLines() throws IOException {
    Path cards = TestData.corpus().resolve("model_cards");
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(cards)) {
      for (Path file : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    return lines;
  }
}
