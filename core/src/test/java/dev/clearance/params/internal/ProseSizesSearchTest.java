package dev.clearance.params.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The size-start search of {@link ProseSizes} finds exactly what {@code Matcher.find} finds. */
class ProseSizesSearchTest {

  private static final List<Pattern> PATTERNS =
      List.of(
          ProseSizes.BEFORE_PARAMETERS,
          ProseSizes.VERSION,
          ProseSizes.TOTAL_AND_ACTIVE,
          ProseSizes.PARTS);

  /** Pieces of size statements and of text around them, glued at random. */
  private static final String[] PIECES = {
    "7",
    "13",
    "70",
    "1,234",
    "176,247,271,424",
    "2.5",
    ".5",
    "a7",
    "_8",
    "x",
    "B",
    "b",
    " M",
    "-billion",
    " billion",
    "bn",
    "K",
    "T",
    " ",
    "  ",
    ", ",
    " and ",
    " or ",
    " to ",
    "/",
    "(",
    ")",
    "parameters",
    "param",
    "params",
    "total",
    "activated",
    "active",
    "with",
    "of which",
    "backbone",
    "non-embedding",
    "embedding",
    "word ",
    "version",
    "variant",
    "instruct ",
    "model",
    "trainable ",
    "-",
    "\n",
    "é",
    "The ",
    "sizes"
  };

  @Test
  void findAtSize_randomText_sameMatchesAsFind() {
    Random random = new Random(20261207);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(30);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String paragraph = text.toString();
      for (Pattern pattern : PATTERNS) {
        assertThat(atSize(pattern, paragraph))
            .as("%s on %s", pattern, paragraph)
            .isEqualTo(found(pattern, paragraph));
      }
    }
  }

  @Test
  void findAtSize_statement_findsTheWholeList() {
    String text = "Sizes of 7B, 13B and 70B parameters.";

    assertThat(atSize(ProseSizes.BEFORE_PARAMETERS, text))
        .containsExactly("7B, 13B and 70B parameters");
  }

  private static List<String> found(Pattern pattern, String text) {
    List<String> matches = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      matches.add(matcher.group());
    }
    return matches;
  }

  private static List<String> atSize(Pattern pattern, String text) {
    List<String> matches = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    for (int from = 0; ProseSizes.findAtSize(matcher, text, from); from = matcher.end()) {
      matches.add(matcher.group());
    }
    return matches;
  }
}
