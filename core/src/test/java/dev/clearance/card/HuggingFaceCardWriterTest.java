package dev.clearance.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HuggingFaceCardWriterTest {

  private static final ModelCardReader READER = new ModelCardReader(InputLimits.DEFAULT);

  static String resource(String name) throws IOException {
    try (InputStream in = HuggingFaceCardWriterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** What a YAML value means: strings, decimal numbers, booleans, null, maps and lists. */
  static Object meaning(Node node) {
    return switch (node) {
      case Node.Mapping mapping -> {
        Map<String, Object> map = new LinkedHashMap<>();
        mapping.entries().forEach((key, value) -> map.put(key, meaning(value)));
        yield map;
      }
      case Node.Sequence sequence ->
          sequence.items().stream().map(HuggingFaceCardWriterTest::meaning).toList();
      case Node.Scalar scalar when scalar.isNull() -> "<null>";
      case Node.Scalar scalar when scalar.quoted() -> "string:" + scalar.text();
      case Node.Scalar scalar when scalar.text().equals("true") || scalar.text().equals("false") ->
          "boolean:" + scalar.text();
      case Node.Scalar scalar -> {
        try {
          yield new BigDecimal(scalar.text().replace("_", "")).stripTrailingZeros();
        } catch (NumberFormatException text) {
          yield "string:" + scalar.text();
        }
      }
    };
  }

  private static List<String> outline(List<CardSection> sections) {
    List<String> outline = new ArrayList<>();
    for (CardSection section : sections) {
      String text = HuggingFaceCardWriter.trimBlankLines(section.text());
      if (section.level() > 0 || !text.isEmpty()) {
        outline.add(section.level() + "|" + section.heading() + "|" + text);
      }
    }
    return outline;
  }

  @Test
  void write_trickyFrontMatter_readsBackWithTheSameMeaning() throws Exception {
    ModelCard card = READER.read("tricky-values.md", resource("tricky-values.md"));

    String written = new HuggingFaceCardWriter().write(card);
    ModelCard again = READER.read("written.md", written);

    assertThat(meaning(again.metadata())).isEqualTo(meaning(card.metadata()));
  }

  @Test
  void write_stringsThatLookLikeOtherTypes_areQuoted() throws Exception {
    ModelCard card = READER.read("tricky-values.md", resource("tricky-values.md"));

    String written = new HuggingFaceCardWriter().write(card);

    assertThat(written)
        .contains("- \"no\"\n", "- \"on\"\n", "- nb\n")
        .contains("version: \"1.0\"\n", "date: \"2024-01-01\"\n", "null_word: \"null\"\n")
        .contains(
            "tilde: \"~\"\n", "yes_word: \"Yes\"\n", "octal_like: \"0o17\"\n", "empty: \"\"\n")
        .contains("underscored: \"__2024\"\n", "not_a_number: \"NaN\"\n")
        .contains("emissions: 24700000\n", "score: 0.5\n", "small: 0.00001\n", "flag: true\n")
        .contains("nothing: null\n", "unicode: Bokmål ✓\n", "empty_list: []\n", "empty_map: {}\n");
  }

  @Test
  void write_sections_readBackWithSameHeadingsLevelsAndText() throws Exception {
    ModelCard card = READER.read("headings.md", resource("headings.md"));

    ModelCard again = READER.read("written.md", new HuggingFaceCardWriter().write(card));

    assertThat(outline(again.sections())).containsExactlyElementsOf(outline(card.sections()));
    assertThat(again.sections())
        .extracting(CardSection::heading)
        .contains("C# and stars", "snake_case_heading", "_leading underscore", "Closing hash #");
  }

  @Test
  void write_cardWithoutFrontMatter_writesNoFence() throws InputException {
    ModelCard card = READER.read("plain.md", "# Title\n\nText.\n");

    String written = new HuggingFaceCardWriter().write(card);

    assertThat(written).doesNotContain("---").contains("# Title\n\nText.\n");
  }
}
