package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ParameterCount;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclaredParameterFinderTest {

  private final DeclaredParameterFinder finder = new DeclaredParameterFinder();

  private static ModelCard card(String name) throws Exception {
    return TestFiles.card(TestFiles.resource("cards/" + name));
  }

  private List<Long> totals(String name) throws Exception {
    return finder.find(card(name)).stream().map(ParameterCount::total).toList();
  }

  @Test
  void find_commaGroupedFigure_isExactAndEmbeddingPartIsNot() throws Exception {
    List<ParameterCount> found = finder.find(card("figure-with-commas.md"));

    assertThat(found).extracting(ParameterCount::total).containsExactly(176_247_271_424L);
    assertThat(found.get(0).basis()).isEqualTo(ParameterCount.Basis.CARD_DECLARED);
    assertThat(found.get(0).source().line()).isEqualTo(3);
    assertThat(found.get(0).detail()).contains("176,247,271,424 parameters");
  }

  @Test
  void find_familyJoinedByAnd_givesEveryMemberLargestFirst() throws Exception {
    assertThat(totals("family-dash-and.md")).containsExactly(70_000_000_000L, 8_000_000_000L);
  }

  @Test
  void find_slashSeparatedFamily_givesEveryMember() throws Exception {
    assertThat(totals("family-slash-list.md"))
        .containsExactly(70_000_000_000L, 34_000_000_000L, 13_000_000_000L, 7_000_000_000L);
  }

  @Test
  void find_slashSeparatedPreciseSizes_keepsDecimals() throws Exception {
    assertThat(totals("precise-slash-list.md")).containsExactly(3_210_000_000L, 1_230_000_000L);
  }

  @Test
  void find_sizeInTitle_isNameForm() throws Exception {
    List<DeclaredSize> found = finder.declarations(card("title-size.md"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).count().total()).isEqualTo(405_000_000_000L);
    assertThat(found.get(0).form()).isEqualTo(DeclaredSize.Form.NAME);
    assertThat(found.get(0).count().source().line()).isEqualTo(1);
  }

  @Test
  void find_sizeTable_givesEveryRowWithSpacedUnits() throws Exception {
    assertThat(totals("size-table.md"))
        .containsExactly(1_550_000_000L, 769_000_000L, 244_000_000L, 74_000_000L, 39_000_000L);
  }

  @Test
  void find_sizeTableWhoseRowMatchesTheTitle_givesOnlyThatRow() throws Exception {
    List<ParameterCount> found = finder.find(card("own-row-table.md"));

    assertThat(found).extracting(ParameterCount::total).containsExactly(244_000_000L);
    assertThat(found.get(0).source().line()).isEqualTo(6);
  }

  @Test
  void find_sizeColumnHeadedWithMarksInsideTheWord_isRead() throws Exception {
    String card = "# Family\n\n| Model | Pa**ram**s |\n|---|---|\n| one | 1.5B |\n| two | 7B |\n";

    assertThat(finder.find(TestFiles.card("marked-header.md", card)))
        .extracting(ParameterCount::total)
        .containsExactly(7_000_000_000L, 1_500_000_000L);
  }

  @Test
  void find_keywordSplitByMarks_isStillRead() throws Exception {
    String card = "# Model\n\nThe model has 7B pa**ram**eters.\n\nIt was trained on 2T tokens.\n";

    assertThat(finder.find(TestFiles.card("split-keyword.md", card)))
        .extracting(ParameterCount::total)
        .containsExactly(7_000_000_000L);
  }

  @Test
  void find_tableWithoutAParameterHeader_givesNoSize() throws Exception {
    String card = "# Scores\n\n| Model | Score |\n|---|---|\n| one | 1.5B |\n| two | 7B |\n";

    assertThat(finder.find(TestFiles.card("scores.md", card))).isEmpty();
  }

  @Test
  void find_totalSlashActivated_givesTotalWithActive() throws Exception {
    List<ParameterCount> found = finder.find(card("moe-total-slash-active.md"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).total()).isEqualTo(671_000_000_000L);
    assertThat(found.get(0).active()).isEqualTo(OptionalLong.of(37_000_000_000L));
  }

  @Test
  void find_activeCountRepeatedAsPlainFigure_isNotASecondModel() throws Exception {
    List<ParameterCount> found = finder.find(card("moe-scout.md"));

    assertThat(found).extracting(ParameterCount::total).containsExactly(109_000_000_000L);
    assertThat(found.get(0).active()).isEqualTo(OptionalLong.of(17_000_000_000L));
  }

  @Test
  void find_expertNotation_isUpperBoundDownToOneExpert() throws Exception {
    List<DeclaredSize> found = finder.declarations(card("expert-notation.md"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).form()).isEqualTo(DeclaredSize.Form.EXPERT_NOTATION);
    assertThat(found.get(0).highest()).isEqualTo(176_000_000_000L);
    assertThat(found.get(0).lowest()).isEqualTo(22_000_000_000L);
    assertThat(found.get(0).count().detail()).contains("at most 8 × 22B");
  }

  @Test
  void find_expertNotationAndStatedFigure_keepsTheFigure() throws Exception {
    assertThat(totals("expert-notation-with-figure.md")).containsExactly(141_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-sizes.md",
        "base-model-only.md",
        "code-block.md",
        "url-only.md",
        "comparison.md",
        "parts-only.md"
      })
  void find_numbersThatAreNotThisModelsSize_findsNothing(String file) throws Exception {
    assertThat(finder.find(card(file))).isEmpty();
  }

  @Test
  void find_backboneAndEmbeddingParts_areSummed() throws Exception {
    List<ParameterCount> found = finder.find(card("parts-summed.md"));

    assertThat(found).extracting(ParameterCount::total).containsExactly(278_000_000L);
    assertThat(found.get(0).detail()).contains("parts add up");
    assertThat(found.get(0).source().line()).isEqualTo(3);
  }

  @Test
  void find_nameWithActiveSuffix_givesActive() throws Exception {
    List<ParameterCount> found = finder.find(card("name-with-active.md"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).total()).isEqualTo(1_000_000_000L);
    assertThat(found.get(0).active()).isEqualTo(OptionalLong.of(400_000_000L));
  }

  @Test
  void find_frontMatterNameAndSizeTag_pointIntoFrontMatter() throws Exception {
    List<ParameterCount> found = finder.find(card("model-index-name.md"));

    assertThat(found)
        .extracting(ParameterCount::total)
        .containsExactly(18_000_000_000L, 7_000_000_000L);
    assertThat(found.get(0).source().pointer()).isEqualTo("/tags/0");
    assertThat(found.get(1).source().pointer()).isEqualTo("/model-index/0/name");
  }

  @Test
  void find_roundedNameAndPreciseFigure_keepsPreciseFigure() throws Exception {
    List<DeclaredSize> found = finder.declarations(card("rounded-and-precise.md"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).count().total()).isEqualTo(6_900_000_000L);
    assertThat(found.get(0).form()).isEqualTo(DeclaredSize.Form.FIGURE);
  }

  @Test
  void find_instructVersion_isThisCardsSizeAndBenchmarkHeadersAreNot() throws Exception {
    assertThat(totals("instruct-version.md")).containsExactly(2_000_000_000L);
  }

  @Test
  void find_htmlTableWithRowspan_readsParamsColumn() throws Exception {
    List<ParameterCount> found = finder.find(card("html-rowspan.md"));

    assertThat(found)
        .extracting(ParameterCount::total)
        .containsExactly(70_000_000_000L, 8_000_000_000L);
    assertThat(found).extracting(count -> count.source().line()).containsExactly(25, 19);
  }

  @Test
  void find_boldCellInParameterRow_isThisModelWithActive() throws Exception {
    List<ParameterCount> found = finder.find(card("bold-row-table.md"));

    assertThat(found).extracting(ParameterCount::total).containsExactly(1_300_000_000L);
    assertThat(found.get(0).active()).isEqualTo(OptionalLong.of(400_000_000L));
  }

  @Test
  void find_everySource_isALineThatShowsTheNumber() throws Exception {
    for (String file : List.of("family-dash-and.md", "size-table.md", "parts-summed.md")) {
      ModelCard card = card(file);
      for (ParameterCount count : finder.find(card)) {
        assertThat(card.line(count.source().line()))
            .as("%s %s", file, count.source())
            .containsPattern("\\d");
      }
    }
  }

  @Test
  void find_cardWithoutLines_findsNothing() throws Exception {
    assertThat(finder.find(TestFiles.card("empty.md", ""))).isEmpty();
  }
}
