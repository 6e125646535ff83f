package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AnchorIndexTest {

  @Test
  void hits_overlappingAnchorsInAnyCase_areFoundWithTheirOffsets() {
    AnchorIndex index =
        new AnchorIndex(
            List.of(TextPattern.compile("\\bdata\\b"), TextPattern.compile("datasets?")));
    AnchorHits hits = index.hits("DataSet and data");

    assertThat(hits.present()).containsExactlyInAnyOrder("data", "dataset");
    assertThat(hits.startsOf("data")).containsExactly(0, 12);
    assertThat(hits.startsOf("dataset")).containsExactly(0);
  }

  @Test
  void hits_randomAnchorsAndTexts_equalEveryOccurrenceFoundOneByOne() {
    Random random = new Random(1207);
    long total = 0;
    String letters = "abcAB- é";
    for (int round = 0; round < 300; round++) {
      List<TextPattern> patterns = new ArrayList<>();
      Set<String> anchors = new TreeSet<>();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        TextPattern pattern =
            TextPattern.compile(
                randomText(random, "abc", 1 + random.nextInt(round % 3 == 0 ? 40 : 4)));
        anchors.addAll(pattern.anchors());
        patterns.add(pattern);
      }
      AnchorIndex index = new AnchorIndex(patterns);
      int length = random.nextInt(768);
      List<String> pieces = new ArrayList<>(anchors);
      StringBuilder built = new StringBuilder();
      while (built.length() < length) {
        if (!pieces.isEmpty() && random.nextInt(4) == 0) {
          String anchor = pieces.get(random.nextInt(pieces.size()));
          built.append(random.nextBoolean() ? anchor : anchor.toUpperCase(Locale.ROOT));
        } else {
          built.append(letters.charAt(random.nextInt(letters.length())));
        }
      }
      String text = built.substring(0, length);

      AnchorHits hits = index.hits(text);
      int found = 0;

      String lower = text.toLowerCase(Locale.ROOT);
      for (String anchor : anchors) {
        List<Integer> expected = new ArrayList<>();
        for (int at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
          expected.add(at);
        }
        int[] starts = hits.startsOf(anchor);
        List<Integer> actual = starts == null ? List.of() : Arrays.stream(starts).boxed().toList();
        assertThat(actual).as("%s in %s", anchor, text).isEqualTo(expected);
        found += expected.size();
      }
      total += found;
    }
    assertThat(total).isGreaterThan(10_000);
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  @Test
  void new_anchorsOverTooManyStatesAndCharacters_isRefusedWithTheReason() {
    Random random = new Random(7);
    List<TextPattern> patterns = new ArrayList<>();
    for (int k = 0; k < 2_500; k++) {
      StringBuilder literal = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        literal.append((char) ('\u4e00' + random.nextInt(600)));
      }
      patterns.add(TextPattern.compile(literal.toString()));
    }

    assertThatThrownBy(() -> new AnchorIndex(patterns))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct characters")
        .hasMessageContaining("use fewer anchor words");
  }

  @Test
  void hits_textWithoutAnchors_isNone() {
    AnchorIndex index = new AnchorIndex(List.of(TextPattern.compile("\\bkwh\\b")));
    assertThat(index.hits("no energy figure here").present()).isEmpty();
  }

  @Test
  void firstMatch_matchBeforeTheAnchorInTheWindow_isFoundWhereTheWholeTextSearchFindsIt() {
    TextPattern pattern = TextPattern.compile("\\b\\d[\\d,.]*\\s?(kwh|mwh)\\b");
    AnchorIndex index = new AnchorIndex(List.of(pattern));
    String text = "Intro line.\nTraining used 1,200\nMWh in total; later 5 kWh.";

    assertThat(pattern.firstMatch(text, index.hits(text))).isEqualTo(text.indexOf("1,200"));
  }

  @Test
  void firstMatch_lookbehindBeforeTheWindow_seesTheWholeText() {
    TextPattern pattern = TextPattern.compile("(?<![\\w-])bold(?!\\w)");
    AnchorIndex index = new AnchorIndex(List.of(pattern));
    String text = "x-bold, then bold";

    assertThat(pattern.firstMatch(text, index.hits(text))).isEqualTo(13);
  }

  @Test
  void mayHoldWithin_anchorWhollyInsideTheRange_only() {
    TextPattern security = TextPattern.compile("\\bsecurity\\b");
    AnchorIndex index = new AnchorIndex(List.of(security));
    String text = "Contact us.\nReport security issues to x.\nThanks";
    AnchorHits hits = index.hits(text);
    int second = text.indexOf('\n') + 1;
    int third = text.indexOf('\n', second) + 1;

    assertThat(hits.mayHoldWithin(security, 0, second - 1)).isFalse();
    assertThat(hits.mayHoldWithin(security, second, third - 1)).isTrue();
    assertThat(hits.mayHoldWithin(security, third, text.length())).isFalse();
    int at = text.indexOf("security");
    assertThat(hits.mayHoldWithin(security, at, at + 7)).isFalse();
    assertThat(hits.mayHoldWithin(security, at + 1, third)).isFalse();
  }

  @Test
  void mayHoldWithin_patternTheIndexDoesNotKnow_followsTheAnchorsPresent() {
    AnchorIndex index = new AnchorIndex(List.of(TextPattern.compile("\\bemail\\b")));
    AnchorHits hits = index.hits("write an email");

    assertThat(hits.mayHoldWithin(TextPattern.compile("\\bemails?\\b"), 0, 1)).isTrue();
    assertThat(hits.mayHoldWithin(TextPattern.compile("\\bphone\\b"), 0, 14)).isFalse();
  }
}
