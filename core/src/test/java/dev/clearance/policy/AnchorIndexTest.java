package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
