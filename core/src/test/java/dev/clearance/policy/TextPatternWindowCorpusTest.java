package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Windowed matching (decision 006) finds exactly what a search of the whole text finds: for every
 * text pattern of every bundled policy and every section of every corpus card (and the whole card),
 * {@link TextPattern#firstMatch} gives the same first match as {@link Matcher#find()}.
 */
class TextPatternWindowCorpusTest {

  @Test
  void firstMatch_everyPatternOnEveryCorpusSection_equalsWholeTextSearch()
      throws IOException, InputException {
    Set<TextPattern> patterns = new LinkedHashSet<>();
    for (String name : PolicyLoader.bundledNames()) {
      patterns.addAll(PolicyLoader.bundled(name).textPatterns());
    }
    AnchorIndex index = new AnchorIndex(patterns);
    List<String> texts = corpusTexts();
    assertThat(texts.size()).isGreaterThan(400);

    int matches = 0;
    int windowed = 0;
    for (TextPattern pattern : patterns) {
      if (pattern.before().bounded() || pattern.after().bounded()) {
        windowed++;
      }
      for (String text : texts) {
        Matcher whole = pattern.regex().matcher(text);
        int expected = whole.find() ? whole.start() : -1;
        assertThat(pattern.firstMatch(text, index.hits(text)))
            .as("/%s/ on: %s", pattern, text.length() > 300 ? text.substring(0, 300) : text)
            .isEqualTo(expected);
        matches += expected >= 0 ? 1 : 0;
      }
    }
    assertThat(windowed).isGreaterThan(patterns.size() * 8 / 10);
    assertThat(matches).isGreaterThan(1_000);
  }

  /** Every card whole, and every section's text. */
  private static List<String> corpusTexts() throws IOException, InputException {
    Path cards = TestData.corpus().resolve("model_cards");
    ModelCardReader reader = new ModelCardReader(InputLimits.DEFAULT);
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(cards)) {
      for (Path file : files.sorted().toList()) {
        String text = TextDecoding.utf8(file.toString(), Files.readAllBytes(file));
        texts.add(text);
        for (CardSection section : reader.read(file.toString(), text).sections()) {
          texts.add(section.text());
        }
      }
    }
    return texts;
  }
}
