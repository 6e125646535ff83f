package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import dev.clearance.document.TextDecoding;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelCardReaderTest {

  private final ModelCardReader reader = new ModelCardReader(InputLimits.DEFAULT);

  private InputException refused(String name) {
    return catchThrowableOfType(
        InputException.class, () -> reader.read(name, TestFiles.text(name)));
  }

  private static CardSection section(ModelCard card, String heading) {
    return card.sections().stream()
        .filter(section -> section.heading().equals(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + heading));
  }

  @Test
  void isSetextUnderline_randomLines_agreesWithTheExpression() {
    Pattern underline = Pattern.compile("=+\\s*|-+\\s*");
    String pieces = "=-= \t\u00A0\u2003x#";
    Random random = new Random(1207);
    int underlines = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int length = random.nextInt(8); length > 0; length--) {
        line.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String stripped = line.toString().strip();
      boolean expected = !stripped.isEmpty() && underline.matcher(stripped).matches();
      assertThat(ModelCardReader.isSetextUnderline(stripped))
          .as("'%s'", stripped)
          .isEqualTo(expected);
      underlines += expected ? 1 : 0;
    }
    assertThat(underlines).isGreaterThan(1_000);
  }

  @Test
  void read_bomAndCrlf_acceptedWithFileLines() throws InputException {
    String name = "cards/bom-crlf.md";
    ModelCard card = reader.read(name, TextDecoding.utf8(name, TestFiles.bytes(name)));

    assertThat(card.metadata().textFact("license").orElseThrow().source())
        .isEqualTo(new Source(name, 2, "/license"));
    assertThat(card.metadata().sequence("tags").orElseThrow().items().get(0).source().line())
        .isEqualTo(4);
    assertThat(section(card, "Tiny model").line()).isEqualTo(7);
    assertThat(section(card, "License").line()).isEqualTo(9);
    assertThat(section(card, "License").level()).isEqualTo(ModelCardReader.PSEUDO_HEADING_LEVEL);
    assertThat(section(card, "Intended uses").line()).isEqualTo(11);
    assertThat(section(card, "Intended uses").text()).isEqualTo("Research only.\n");
    assertThat(card.line(7)).isEqualTo("# Tiny model");
    assertThat(card.lines()).noneMatch(line -> line.contains("\r") || line.contains("\uFEFF"));
  }

  @Test
  void read_frontMatterList_refusedAtItsLine() {
    InputException error = refused("cards/front-matter-list.md");

    assertThat(error.file()).isEqualTo("cards/front-matter-list.md");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem())
        .isEqualTo("front matter is a list, not a mapping of keys to values");
  }

  @Test
  void read_frontMatterScalar_refusedAtItsLine() {
    InputException error = refused("cards/front-matter-scalar.md");

    assertThat(error.file()).isEqualTo("cards/front-matter-scalar.md");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem())
        .isEqualTo("front matter is a single value, not a mapping of keys to values");
  }

  @Test
  void read_unterminatedFrontMatter_refusedAtOpeningLine() {
    InputException error = refused("cards/front-matter-unterminated.md");

    assertThat(error.file()).isEqualTo("cards/front-matter-unterminated.md");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem())
        .isEqualTo("front matter opened with '---' on line 1 is never closed");
  }

  @Test
  void read_unsafeTagInFrontMatter_refusedAtFileLine() {
    InputException error = refused("cards/front-matter-unsafe-tag.md");

    assertThat(error.file()).isEqualTo("cards/front-matter-unsafe-tag.md");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem())
        .isEqualTo("unsafe or unknown YAML tag '!!python/object/new:os.system'");
  }

  @Test
  void read_duplicateKeyInFrontMatter_refusedAtFileLine() {
    InputException error = refused("cards/front-matter-duplicate-key.md");

    assertThat(error.line()).isEqualTo(5);
    assertThat(error.problem()).isEqualTo("duplicate key 'license' (first at line 2)");
  }

  @Test
  void read_oversizedCard_refused() {
    ModelCardReader small = new ModelCardReader(new InputLimits(4096, 64, 50, 10_000));
    String text = TestFiles.text("cards/oversized.md");

    InputException error =
        catchThrowableOfType(InputException.class, () -> small.read("cards/oversized.md", text));

    assertThat(error.file()).isEqualTo("cards/oversized.md");
    assertThat(error.line()).isZero();
    assertThat(error.problem())
        .isEqualTo(
            "card of %d characters is larger than the limit of 4096".formatted(text.length()));
  }

  @Test
  void read_cardLongerThanCardLimit_refusedWhateverTheFileLimit() {
    String text = "x".repeat(ModelCardReader.MAX_CARD_CHARS + 1);

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("huge.md", text));

    assertThat(error.file()).isEqualTo("huge.md");
    assertThat(error.problem())
        .isEqualTo("card of 2097153 characters is larger than the limit of 2097152");
  }

  @Test
  void read_tooManyHeadings_refusedAtFirstLineOverLimit() {
    InputException error = refused("cards/too-many-headings.md");

    assertThat(error.file()).isEqualTo("cards/too-many-headings.md");
    assertThat(error.line()).isEqualTo(10_004);
    assertThat(error.problem())
        .isEqualTo("more than 10000 lines that start a section (headings or bold labels)");
  }

  @Test
  void read_veryLongHeading_titleCutToLimit() throws InputException {
    String text = "# " + "word ".repeat(1000) + "\n\nbody\n";

    ModelCard card = reader.read("long.md", text);

    CardSection heading = card.sections().get(1);
    assertThat(heading.level()).isEqualTo(1);
    assertThat(heading.heading()).startsWith("word word").hasSizeLessThanOrEqualTo(1000);
    assertThat(heading.text()).isEqualTo("\nbody\n");
  }

  @Test
  void read_headingThatLooksLikeList_keepsItsNumber() throws InputException {
    ModelCard card = reader.read("numbered.md", "## 1. Introduction\n\n> **Note** quoted\n");

    assertThat(card.sections())
        .extracting(CardSection::heading)
        .containsExactly("", "1. Introduction");
  }

  @Test
  void read_boldLabelOverTwoLines_isSection() throws InputException {
    ModelCard card = reader.read("wrapped.md", "# Card\n\n**Carbon\nfootprint:** 12 t\n");

    assertThat(section(card, "Carbon footprint").line()).isEqualTo(3);
  }

  @Test
  void read_emptyFrontMatter_givesEmptyMetadata() throws InputException {
    ModelCard card = reader.read("empty.md", TestFiles.text("cards/front-matter-empty.md"));

    assertThat(card.frontMatter()).hasValueSatisfying(meta -> assertThat(meta.entries()).isEmpty());
    assertThat(section(card, "Card").line()).isEqualTo(4);
  }

  @Test
  void read_headingKinds_sectionsWithPathsAndText() throws InputException {
    ModelCard card = reader.read("headings.md", TestFiles.text("cards/headings.md"));

    assertThat(card.sections())
        .extracting(CardSection::heading, CardSection::level, CardSection::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("", 0, 1),
            org.assertj.core.groups.Tuple.tuple("Setext title", 1, 3),
            org.assertj.core.groups.Tuple.tuple("Training data", 2, 8),
            org.assertj.core.groups.Tuple.tuple("Synthetic data", 7, 12),
            org.assertj.core.groups.Tuple.tuple("Quoted heading", 3, 16),
            org.assertj.core.groups.Tuple.tuple("Deep code heading", 4, 19));
    assertThat(card.sections().get(0).text()).isEqualTo("Intro before any heading.\n");
    assertThat(section(card, "Setext title").text())
        .as("text starts after the underline")
        .isEqualTo("\nText under the setext heading.\n");
    assertThat(section(card, "Synthetic data").path())
        .containsExactly("Setext title", "Training data", "Synthetic data");
    assertThat(section(card, "Synthetic data").text())
        .startsWith("**Synthetic data:** 5% of tokens.")
        .contains("- **Developed by:** a list item");
    assertThat(section(card, "Synthetic data").endLine()).isEqualTo(15);
    assertThat(section(card, "Deep code heading").text()).isEqualTo("last line\n");
  }

  @Test
  void read_llama3OfficialCard_boldLabelsBecomeSections() throws InputException {
    ModelCard card =
        reader.read("llama3-official.md", TestFiles.corpusText("model_cards/llama3-official.md"));

    assertThat(card.frontMatter()).isEmpty();
    CardSection outOfScope = section(card, "Out-of-scope");
    assertThat(outOfScope.line()).isEqualTo(77);
    assertThat(outOfScope.path()).containsExactly("Intended Use", "Out-of-scope");
    assertThat(outOfScope.text()).startsWith("**Out-of-scope** Use in any manner that violates");
    assertThat(section(card, "Intended Use").line()).isEqualTo(73);
    assertThat(section(card, "Intended Use").level()).isEqualTo(2);
    assertThat(section(card, "Feedback").line()).isEqualTo(70);
    assertThat(section(card, "Critical risks").path())
        .containsExactly("Benchmarks", "Responsibility & Safety", "Critical risks");
    assertThat(section(card, "Cyber Security").line()).isEqualTo(473);
  }

  @Test
  void read_bloomCard_frontMatterFactsWithLines() throws InputException {
    ModelCard card =
        reader.read("bloom-176b.md", TestFiles.corpusText("model_cards/bloom-176b.md"));

    assertThat(card.metadata().textFact("license").orElseThrow())
        .isEqualTo(
            new dev.clearance.document.Fact<>(
                "bigscience-bloom-rail-1.0", new Source("bloom-176b.md", 2, "/license")));
    var emissions = card.metadata().mapping("co2_eq_emissions").orElseThrow();
    assertThat(emissions.number("emissions")).contains(24_700_000.0);
    assertThat(emissions.get("emissions").orElseThrow().source().line()).isEqualTo(174);
    assertThat(section(card, "Model Details").line()).isEqualTo(216);
    assertThat(section(card, "Estimated carbon emissions").line()).isEqualTo(452);
    assertThat(section(card, "Out-of-scope Uses").path())
        .containsExactly(
            "Uses", "Intended Use", "Misuse and Out-of-scope Use", "Out-of-scope Uses");
  }

  @Test
  void read_crlfCorpusCard_linesWithoutCarriageReturns() throws InputException {
    ModelCard card =
        reader.read(
            "deepseek-moe-16b-readme.md",
            TestFiles.corpusText("model_cards/deepseek-moe-16b-readme.md"));

    CardSection license = section(card, "5. License");
    assertThat(license.line()).isEqualTo(266);
    assertThat(license.text()).contains("MIT License").doesNotContain("\r");
    assertThat(card.lines()).hasSize(288);
  }

  @Test
  void read_hubMetadataSpecTemplate_refusedForPlaceholderKey() {
    String text = TestFiles.corpusText("specs/hf-modelcard-metadata-spec.md");

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("spec.md", text));

    assertThat(error.line()).isEqualTo(38);
    assertThat(error.problem()).isEqualTo("a mapping key is not a plain value");
  }

  static List<String> corpusCards() {
    return TestFiles.corpusFiles("model_cards");
  }

  @ParameterizedTest
  @MethodSource("corpusCards")
  void read_everyCorpusCard_sectionsCoverTheBodyInOrder(String relative) throws InputException {
    ModelCard card = reader.read(relative, TestFiles.corpusText(relative));

    assertThat(card.sections()).isNotEmpty();
    assertThat(card.sections().get(0).level()).isZero();
    List<Integer> lines = card.sections().stream().map(CardSection::line).toList();
    assertThat(lines).isSorted();
    for (CardSection section : card.sections()) {
      assertThat(section.endLine()).isBetween(section.line() - 1, card.lines().size());
      if (section.level() > 0 && section.level() < ModelCardReader.PSEUDO_HEADING_LEVEL) {
        assertThat(card.line(section.line())).contains(section.heading().split(" ")[0]);
      }
    }
  }
}
