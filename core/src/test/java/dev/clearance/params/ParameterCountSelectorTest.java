package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clearance.document.InputException;
import dev.clearance.document.Source;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ParameterCountSelectorTest {

  private static final double POLICY_TOLERANCE = 0.10;

  private final ParameterCountSelector selector = new ParameterCountSelector();
  private final DeclaredParameterFinder finder = new DeclaredParameterFinder();

  private static Optional<JsonFile> config(String name) throws InputException {
    return Optional.of(TestFiles.json(TestFiles.corpus().resolve("configs").resolve(name)));
  }

  private static Optional<JsonFile> index(String name) throws InputException {
    return Optional.of(
        TestFiles.json(TestFiles.corpus().resolve("safetensors_index").resolve(name)));
  }

  private List<DeclaredSize> declared(String card) throws InputException {
    return finder.declarations(
        TestFiles.card(TestFiles.corpus().resolve("model_cards").resolve(card)));
  }

  private static ParameterCount exact(long total) {
    return new ParameterCount(
        total,
        OptionalLong.empty(),
        ParameterCount.Basis.EXACT_HEADERS,
        Source.ofFile("model.safetensors"),
        "sum of tensor shapes");
  }

  @Test
  void best_exactHeaderCount_winsOverIndexAndConfig() throws Exception {
    Optional<ParameterCount> best =
        selector.best(
            Optional.of(exact(70_553_804_800L)),
            index("reflection-llama-3.1-70b.json"),
            config("reflection-llama-3.1-70b.json"));

    assertThat(best)
        .hasValueSatisfying(
            count -> assertThat(count.basis()).isEqualTo(ParameterCount.Basis.EXACT_HEADERS));
  }

  @Test
  void best_indexTotalParameters_winsOverConfigEstimate() throws Exception {
    ParameterCount best =
        selector
            .best(
                Optional.empty(),
                index("devstral-small-2507.json"),
                config("devstral-small-2507.json"))
            .orElseThrow();

    assertThat(best.basis()).isEqualTo(ParameterCount.Basis.INDEX_TOTAL_PARAMETERS);
    assertThat(best.total()).isEqualTo(23_572_403_200L);
  }

  @Test
  void best_configEstimate_winsOverIndexSizeEstimate() throws Exception {
    List<ParameterCount> candidates =
        selector.candidates(
            Optional.empty(), index("granite-7b-lab.json"), config("granite-7b-lab.json"));

    assertThat(candidates)
        .extracting(ParameterCount::basis)
        .containsExactly(
            ParameterCount.Basis.CONFIG_ESTIMATE, ParameterCount.Basis.INDEX_SIZE_ESTIMATE);
    assertThat(
            selector.best(
                Optional.empty(), index("granite-7b-lab.json"), config("granite-7b-lab.json")))
        .hasValue(candidates.get(0));
  }

  @Test
  void best_unsupportedArchitecture_fallsBackToIndexSize() throws Exception {
    Optional<JsonFile> config =
        Optional.of(
            TestFiles.json(
                "config.json", "{\"model_type\": \"rwkv\", \"torch_dtype\": \"bfloat16\"}"));
    Optional<JsonFile> index =
        Optional.of(TestFiles.json("index.json", "{\"metadata\": {\"total_size\": 6000000000}}"));

    ParameterCount best = selector.best(Optional.empty(), index, config).orElseThrow();

    assertThat(best.basis()).isEqualTo(ParameterCount.Basis.INDEX_SIZE_ESTIMATE);
    assertThat(best.total()).isEqualTo(3_000_000_000L);
  }

  @Test
  void best_nothingMeasured_fallsBackToLargestDeclaredMember() throws Exception {
    List<ParameterCount> declared =
        finder.find(TestFiles.card(TestFiles.corpus().resolve("model_cards/llama3_1-official.md")));

    Optional<ParameterCount> best =
        selector.best(Optional.empty(), Optional.empty(), Optional.empty(), declared);

    assertThat(best)
        .hasValueSatisfying(count -> assertThat(count.total()).isEqualTo(405_000_000_000L));
    assertThat(selector.best(Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void best_brokenIndexMetadata_throwsInputException() throws Exception {
    Optional<JsonFile> index =
        Optional.of(TestFiles.json(TestFiles.resource("index/total-size-not-a-number.json")));

    assertThatThrownBy(() -> selector.best(Optional.empty(), index, Optional.empty()))
        .isInstanceOf(InputException.class);
  }

  @Test
  void disagreements_graniteCardSays8BButConfigGives1point3B_reportsTheEightBillionLine()
      throws Exception {
    ParameterCount estimate =
        new ConfigParameterEstimator()
            .estimate(config("granite-3.1-1b-a400m-instruct.json").orElseThrow())
            .orElseThrow();

    List<ParameterDisagreement> found =
        selector.disagreements(
            declared("granite-3.1-1b-a400m-instruct.md"), estimate, POLICY_TOLERANCE);

    assertThat(found).hasSize(1);
    ParameterDisagreement disagreement = found.get(0);
    assertThat(disagreement.declared().count().total()).isEqualTo(8_000_000_000L);
    assertThat(disagreement.declared().count().source().line()).isEqualTo(16);
    assertThat(disagreement.measured()).isEqualTo(estimate);
    assertThat(disagreement.relativeDifference()).isCloseTo(5.0, within(0.1));
    assertThat(disagreement.describe())
        .contains("granite-3.1-1b-a400m-instruct.md:16")
        .contains("config estimate gives 1.33B")
        .contains("granite-3.1-1b-a400m-instruct.json");
  }

  @Test
  void disagreements_familyCardWithOneOfItsMembers_reportsNothing() throws Exception {
    ParameterCount estimate =
        new ConfigParameterEstimator()
            .estimate(TestFiles.json(TestFiles.resource("configs/llama-3.1-8b.json")))
            .orElseThrow();

    assertThat(selector.disagreements(declared("llama3_1-official.md"), estimate, POLICY_TOLERANCE))
        .isEmpty();
  }

  @Test
  void disagreements_familyCardWithNoMatchingMember_reportsNearestMemberOnly() throws Exception {
    List<ParameterDisagreement> found =
        selector.disagreements(
            declared("llama3_1-official.md"), exact(30_000_000_000L), POLICY_TOLERANCE);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).declared().count().total()).isEqualTo(8_000_000_000L);
  }

  @Test
  void disagreements_statedFigureNearIndex_reportsNothing() throws Exception {
    ParameterCount index =
        new IndexParameterCounter()
            .count(index("wizardlm-2-8x22b.json").orElseThrow(), config("wizardlm-2-8x22b.json"))
            .orElseThrow();

    assertThat(selector.disagreements(declared("wizardlm-2-8x22b.md"), index, POLICY_TOLERANCE))
        .isEmpty();
  }

  @Test
  void disagreements_expertNotation_agreesInsideItsRangeOnly() throws Exception {
    List<DeclaredSize> declared =
        finder.declarations(TestFiles.card(TestFiles.resource("cards/expert-notation.md")));

    assertThat(selector.disagreements(declared, exact(140_620_634_112L), POLICY_TOLERANCE))
        .isEmpty();
    List<ParameterDisagreement> tooBig =
        selector.disagreements(declared, exact(250_000_000_000L), POLICY_TOLERANCE);
    assertThat(tooBig).hasSize(1);
    assertThat(tooBig.get(0).relativeDifference()).isCloseTo(74.0 / 250, within(1e-9));
    assertThat(tooBig.get(0).describe()).contains("22.00B–176.00B");
  }

  @Test
  void disagreements_gemmaTwoBillionVersusIndex_isTwentyPercentApart() throws Exception {
    ParameterCount index =
        new IndexParameterCounter()
            .count(index("gemma-2b-it.json").orElseThrow(), config("gemma-2b-it.json"))
            .orElseThrow();

    List<ParameterDisagreement> found =
        selector.disagreements(declared("gemma-2b-it.md"), index, POLICY_TOLERANCE);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).relativeDifference()).isCloseTo(0.202, within(0.001));
    assertThat(found.get(0).measured().source().pointer()).isEqualTo("/metadata/total_size");
  }

  @Test
  void disagreements_severalMeasuredCounts_checksEach() throws Exception {
    List<DeclaredSize> declared = declared("redpajama-incite-7b-base.md");
    List<ParameterCount> measured =
        selector.candidates(
            Optional.empty(),
            index("redpajama-incite-7b-base-pytorch-bin.json"),
            config("redpajama-incite-7b-base.json"));

    assertThat(measured).hasSize(2);
    assertThat(selector.disagreements(declared, measured, POLICY_TOLERANCE)).isEmpty();
    assertThat(selector.disagreements(declared, measured, 0.001)).hasSize(2);
  }

  @Test
  void disagreements_nothingDeclared_reportsNothing() {
    assertThat(selector.disagreements(List.of(), exact(1_000_000_000L), POLICY_TOLERANCE))
        .isEmpty();
  }

  @Test
  void disagreements_negativeTolerance_isRefused() {
    assertThatThrownBy(() -> selector.disagreements(List.of(), exact(1), -0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
