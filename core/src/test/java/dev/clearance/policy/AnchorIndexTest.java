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
}
