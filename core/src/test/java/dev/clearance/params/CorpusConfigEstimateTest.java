package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clearance.dossier.ParameterCount;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every config of the shared corpus: an estimate within 1 % of the size the corpus documents for it
 * (its own checkpoint index, its card, labels.tsv or the corpus README), or an explicit empty for
 * architectures that are not supported.
 */
class CorpusConfigEstimateTest {

  /**
   * Expected total (0 = no estimate), expected active (0 = dense) and where the expectation comes
   * from.
   */
  private record Expected(long total, long active, String basis) {}

  private static final Map<String, Expected> EXPECTED = new TreeMap<>();

  static {
    expect("3prymmal-phi3-3b-slerp.json", 3_821_079_552L, 0, "index total_size / 2 (bf16)");
    expect("biomedbert-base-uncased-abstract.json", 109_514_298L, 0, "label: ~110M BERT-base");
    expect("bloom-176b.json", 176_247_271_424L, 0, "card: 176,247,271,424 parameters");
    expect("cogito-v1-preview-qwen-14b.json", 14_765_947_904L, 0, "index total_size / 2");
    expect(
        "deepseek-v3-inference-671b.json",
        671_026_419_200L,
        37_552_297_472L,
        "card: 671B total / 37B activated");
    expect("devstral-small-2507.json", 23_572_403_200L, 0, "index total_parameters");
    expect("dolphin-2.5-mixtral-8x7b.json", 46_702_809_088L, 12_879_941_632L, "README: ~46.7B");
    expect(
        "elyza-japanese-llama-2-13b-instruct.json",
        13_015_864_320L,
        0,
        "pytorch_model.bin index total_size / 2");
    expect("gemma-2b-it.json", 2_506_172_416L, 0, "index total_size / 2; README ~2.5B");
    expect(
        "granite-3.1-1b-a400m-instruct.json",
        1_334_628_352L,
        428_658_688L,
        "README and labels: ~1.3B total / ~400M active");
    expect("granite-3b-code-instruct-128k.json", 3_482_503_680L, 0, "index total_size / 2");
    expect("granite-7b-lab.json", 6_738_481_152L, 0, "index total_size / 2");
    expect("igbert-hic.json", 419_933_214L, 0, "BERT with 30 layers of 1024, ~420M");
    expect("llama-2-7b-hf.json", 6_738_415_616L, 0, "index total_size / 2 (incl. 2,048 buffers)");
    expect("molmo-7b-d-nf4.json", 0, 0, "unsupported: remote-code Molmo architecture");
    expect("nb-whisper-small-beta.json", 241_734_912L, 0, "card size table: 244M");
    expect("olmocr-7b-0225-preview.json", 8_291_375_616L, 0, "index total_size / 2");
    expect("orpheus-3b-tts-nf4.json", 3_300_867_072L, 0, "card and label: 3B");
    expect(
        "qwen3.5-18b-reap-a3b.json",
        0,
        0,
        "unsupported: qwen3_5_moe_text mixes linear-attention layers");
    expect("redpajama-incite-7b-base.json", 6_857_302_016L, 0, "card: 6.9B");
    expect("reflection-llama-3.1-70b.json", 70_553_804_800L, 0, "index total_size / 4 (fp32)");
    expect("smollm3-3b.json", 3_075_098_624L, 0, "index total_parameters");
    expect("whisper-small-hi.json", 241_734_912L, 0, "whisper-small, ~242M");
    expect("wizardcoder-15b-gptq.json", 15_517_462_528L, 0, "card: 15B (StarCoder 15.5B)");
    expect(
        "wizardlm-2-8x22b.json",
        140_620_634_112L,
        39_152_031_744L,
        "index total_size / 2; card Parameters: 141B");
  }

  private static void expect(String file, long total, long active, String basis) {
    EXPECTED.put(file, new Expected(total, active, basis));
  }

  private final ConfigParameterEstimator estimator = new ConfigParameterEstimator();

  static Stream<Arguments> corpusConfigs() {
    return TestFiles.corpusFiles("configs").stream()
        .map(path -> Arguments.of(path.getFileName().toString(), path));
  }

  @Test
  void corpus_everyConfig_hasAnExpectation() {
    assertThat(TestFiles.corpusFiles("configs"))
        .extracting(path -> path.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusConfigs")
  void estimate_corpusConfig_matchesDocumentedSize(String name, Path path) throws Exception {
    Expected expected = EXPECTED.get(name);
    assertThat(expected).as("expectation for %s", name).isNotNull();

    Optional<ParameterCount> count = estimator.estimate(TestFiles.json(path));

    System.out.printf(
        "%-45s %18s %16s  expected %s%n",
        name,
        count.map(ParameterCount::humanTotal).orElse("(no estimate)"),
        count
            .flatMap(
                c ->
                    c.active().isPresent() ? Optional.of(c.active().getAsLong()) : Optional.empty())
            .map(active -> "active " + ParameterCount.human(active))
            .orElse(""),
        expected.basis());
    if (expected.total() == 0) {
      assertThat(count).as(expected.basis()).isEmpty();
      return;
    }
    assertThat(count).as(name).isPresent();
    assertThat(count.get().total()).as(expected.basis()).isEqualTo(expected.total());
    if (expected.active() == 0) {
      assertThat(count.get().active()).isEmpty();
    } else {
      assertThat(count.get().active()).hasValue(expected.active());
    }
  }

  @Test
  void estimate_graniteMoe_isAboutOnePointThreeBillionWithFourHundredMillionActive()
      throws Exception {
    ParameterCount count =
        estimator
            .estimate(
                TestFiles.json(
                    TestFiles.corpus().resolve("configs/granite-3.1-1b-a400m-instruct.json")))
            .orElseThrow();

    assertThat((double) count.total()).isCloseTo(1.3e9, within(0.05e9));
    assertThat((double) count.active().orElseThrow()).isCloseTo(400e6, within(40e6));
  }

  @Test
  void estimate_deepseekInferenceConfig_sourceIsTheFileAndDetailSaysInference() throws Exception {
    ParameterCount count =
        estimator
            .estimate(
                TestFiles.json(
                    TestFiles.corpus().resolve("configs/deepseek-v3-inference-671b.json")))
            .orElseThrow();

    assertThat(count.source().file()).isEqualTo("deepseek-v3-inference-671b.json");
    assertThat(count.detail()).contains("inference config").contains("n_routed_experts=256");
  }

  @Test
  void estimate_qwen2VlFlatConfig_addsVisionTower() throws Exception {
    ParameterCount count =
        estimator
            .estimate(
                TestFiles.json(TestFiles.corpus().resolve("configs/olmocr-7b-0225-preview.json")))
            .orElseThrow();

    assertThat(count.detail()).contains("vision tower").contains("vision_config.depth=32");
  }
}
