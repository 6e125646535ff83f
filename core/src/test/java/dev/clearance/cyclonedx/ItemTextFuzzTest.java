package dev.clearance.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Properties of the item codecs: reading written items gives them back (ItemText), and so does
 * reading a written labelled item (LabeledText). Seeds: ItemTextFuzzTestInputs/.
 */
class ItemTextFuzzTest {

  @FuzzTest
  void render_thenParse_givesTheItemsBack(FuzzedDataProvider data) {
    List<String> items = new ArrayList<>();
    int count = data.consumeInt(0, 6);
    for (int i = 0; i < count; i++) {
      String item = ItemText.trimBlankLines(data.consumeString(200).replace("\r", ""));
      if (!item.isEmpty() && !List.of(item.split("\n", -1)).contains(ItemText.SEPARATOR)) {
        items.add(item);
      }
    }

    assertThat(ItemText.parse(ItemText.render(items))).isEqualTo(items);
  }

  @FuzzTest
  void labeledRender_thenParse_givesTheItemBack(FuzzedDataProvider data) {
    // A title line that starts with "- " could read as a label; values may hold anything.
    String title = data.consumeString(80).replace("\r", "").replaceAll("(?m)^-+", "");
    List<LabeledText.Field> fields = new ArrayList<>();
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      String label = data.pickValue(List.of("Activity", "Energy", "Harms"));
      String value = data.consumeString(60).replace("\r", "");
      fields.add(new LabeledText.Field(label, value));
    }
    LabeledText item = new LabeledText(title, fields);

    LabeledText again =
        LabeledText.parse(item.render(), java.util.Set.of("Activity", "Energy", "Harms"));

    assertThat(again.render()).isEqualTo(item.render());
  }
}
