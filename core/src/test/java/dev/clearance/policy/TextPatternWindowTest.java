package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link TextPattern#firstMatch} gives the first match of a whole-text search on texts built to
 * stress the windows (decision 006): anchors close together, reaches that differ per anchor, parts
 * bounded by white space, line anchors and look-arounds next to a window's edge.
 */
class TextPatternWindowTest {

  private static final List<String> PATTERNS =
      List.of(
          "\\b\\d[\\d,.]*\\s?(k|m)?\\s?(kwh|mwh)\\b",
          "\\d+ ?kwh|\\bmwh\\b[^.\\n]{0,6}x",
          "\\b(data|kwh)\\b[^.\\n]{0,12}\\b(filter\\w*|mwh)\\b",
          "^\\W*data\\W{0,2}:\\W{0,2}\\w",
          "(?<![\\w-])(?:kwh|data set)(?!\\w)",
          "\\bfilter\\w*\\b.*\\bdata\\b",
          "\\w+kwh|x\\s+data",
          "data(?= ?mwh)|mwh(?<=x ?mwh)",
          "\\b(kwh|filter)\\b|^\\W*data\\W{0,2}:|mwh\\d[^|]",
          "(data|kwh)[|]x|set\\|");

  private static final List<String> PIECES =
      List.of(
          "kwh",
          "mwh",
          "data",
          "filter",
          "filtered",
          "12",
          "3,4",
          "5.6",
          " ",
          " ",
          "  ",
          "\n",
          "\t",
          ".",
          ":",
          "-",
          "x",
          "k",
          "m",
          "set",
          "KWH",
          "Data",
          "#",
          "*",
          "ab");

  @Test
  void firstMatch_randomTexts_equalsWholeTextSearch() {
    List<TextPattern> patterns = PATTERNS.stream().map(TextPattern::compile).toList();
    assertThat(patterns).allSatisfy(pattern -> assertThat(pattern.anchors()).isNotEmpty());
    AnchorIndex index = new AnchorIndex(patterns);
    Random random = new Random(20261128);
    int found = 0;
    for (int round = 0; round < 4_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String card = text.toString();
      AnchorHits hits = index.hits(card);
      for (TextPattern pattern : patterns) {
        Matcher whole = pattern.regex().matcher(card);
        int expected = whole.find() ? whole.start() : -1;
        assertThat(pattern.firstMatch(card, hits))
            .as("/%s/ on \"%s\"", pattern, card.replace("\n", "\\n"))
            .isEqualTo(expected);
        found += expected >= 0 ? 1 : 0;
        assertThat(allMatches(pattern, card, hits)).isEqualTo(allFinds(pattern, card));
      }
    }
    assertThat(found).isGreaterThan(2_000);
  }

  /** Start, end and text of every match, by {@link TextPattern#nextMatch}. */
  private static List<String> allMatches(TextPattern pattern, String text, AnchorHits hits) {
    List<String> matches = new ArrayList<>();
    for (Matcher matcher = pattern.nextMatch(text, hits, 0);
        matcher != null;
        matcher = pattern.nextMatch(text, hits, matcher.end())) {
      matches.add(matcher.start() + "-" + matcher.end() + ":" + matcher.group());
    }
    return matches;
  }

  /** The same by {@link Matcher#find()} over the whole text. */
  private static List<String> allFinds(TextPattern pattern, String text) {
    List<String> matches = new ArrayList<>();
    Matcher matcher = pattern.regex().matcher(text);
    while (matcher.find()) {
      matches.add(matcher.start() + "-" + matcher.end() + ":" + matcher.group());
    }
    return matches;
  }
}
