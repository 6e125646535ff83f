package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.document.InputException;
import dev.clearance.dossier.JsonFile;
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
import org.junit.jupiter.params.provider.ValueSource;

class IndexParameterCounterTest {

  /** Config of the same model in the corpus (empty: none), expected count and basis. */
  private record Expected(String config, long total, ParameterCount.Basis basis) {}

  private static final Map<String, Expected> CORPUS = new TreeMap<>();

  static {
    size("3prymmal-phi3-3b-slerp.json", "3prymmal-phi3-3b-slerp.json", 3_821_079_552L);
    size("cogito-v1-preview-qwen-14b.json", "cogito-v1-preview-qwen-14b.json", 14_765_947_904L);
    declared("devstral-small-2507.json", "devstral-small-2507.json", 23_572_403_200L);
    size(
        "elyza-japanese-llama-2-13b-pytorch-bin.json",
        "elyza-japanese-llama-2-13b-instruct.json",
        13_015_864_320L);
    size("gemma-2b-it.json", "gemma-2b-it.json", 2_506_172_416L);
    size(
        "granite-3b-code-instruct-128k.json", "granite-3b-code-instruct-128k.json", 3_482_503_680L);
    size("granite-7b-lab.json", "granite-7b-lab.json", 6_738_481_152L);
    size("llama-2-7b-hf.json", "llama-2-7b-hf.json", 6_738_419_712L);
    declared("molmo-7b-d-nf4.json", "molmo-7b-d-nf4.json", 8_021_025_280L);
    size("olmocr-7b-0225-preview.json", "olmocr-7b-0225-preview.json", 8_291_375_616L);
    size(
        "redpajama-incite-7b-base-pytorch-bin.json",
        "redpajama-incite-7b-base.json",
        6_865_692_704L);
    size("reflection-llama-3.1-70b.json", "reflection-llama-3.1-70b.json", 70_553_804_800L);
    declared("smollm3-3b.json", "smollm3-3b.json", 3_075_098_624L);
    size("wizardlm-2-8x22b.json", "wizardlm-2-8x22b.json", 140_620_634_112L);
  }

  private static void size(String index, String config, long total) {
    CORPUS.put(index, new Expected(config, total, ParameterCount.Basis.INDEX_SIZE_ESTIMATE));
  }

  private static void declared(String index, String config, long total) {
    CORPUS.put(index, new Expected(config, total, ParameterCount.Basis.INDEX_TOTAL_PARAMETERS));
  }

  private final IndexParameterCounter counter = new IndexParameterCounter();
  private final ConfigParameterEstimator estimator = new ConfigParameterEstimator();

  static Stream<Arguments> corpusIndexes() {
    return TestFiles.corpusFiles("safetensors_index").stream()
        .filter(path -> !path.getFileName().toString().equals("bloom-176b.json"))
        .map(path -> Arguments.of(path.getFileName().toString(), path));
  }

  private static Optional<JsonFile> corpusConfig(String name) throws InputException {
    return Optional.of(TestFiles.json(TestFiles.corpus().resolve("configs").resolve(name)));
  }

  @Test
  void corpus_everyIndex_hasAnExpectation() {
    assertThat(TestFiles.corpusFiles("safetensors_index"))
        .extracting(path -> path.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(CORPUS.keySet().stream(), Stream.of("bloom-176b.json")).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusIndexes")
  void count_corpusIndexWithItsConfig_givesDocumentedCount(String name, Path path)
      throws Exception {
    Expected expected = CORPUS.get(name);
    Optional<JsonFile> config = corpusConfig(expected.config());

    ParameterCount count = counter.count(TestFiles.json(path), config).orElseThrow();

    System.out.printf("%-45s %10s  %s%n", name, count.humanTotal(), count.detail());
    assertThat(count.total()).isEqualTo(expected.total());
    assertThat(count.basis()).isEqualTo(expected.basis());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusIndexes")
  void count_corpusIndex_agreesWithConfigEstimateWithinOnePercent(String name, Path path)
      throws Exception {
    Optional<JsonFile> config = corpusConfig(CORPUS.get(name).config());
    Optional<ParameterCount> estimate = estimator.estimate(config.orElseThrow());
    ParameterCount count = counter.count(TestFiles.json(path), config).orElseThrow();

    if (estimate.isPresent()) {
      double difference = Math.abs(count.total() - estimate.get().total()) / (double) count.total();
      assertThat(difference).as("index vs config estimate for %s", name).isLessThan(0.01);
    } else {
      assertThat(name).as("only remote-code models lack an estimate").startsWith("molmo");
    }
  }

  @Test
  void count_reflectionFp32_dividesByFour() throws Exception {
    ParameterCount count =
        counter
            .count(
                TestFiles.json(
                    TestFiles.corpus().resolve("safetensors_index/reflection-llama-3.1-70b.json")),
                corpusConfig("reflection-llama-3.1-70b.json"))
            .orElseThrow();

    assertThat(count.humanTotal()).isEqualTo("70.55B");
    assertThat(count.detail()).contains("282215219200 bytes / 4 bytes").contains("float32");
    assertThat(count.source().pointer()).isEqualTo("/metadata/total_size");
    assertThat(count.source().line()).isEqualTo(3);
  }

  @Test
  void count_floatTotalSize_isReadAsWholeBytesAndBuffersAreNoted() throws Exception {
    ParameterCount count =
        counter
            .count(
                TestFiles.json(
                    TestFiles.corpus()
                        .resolve("safetensors_index/redpajama-incite-7b-base-pytorch-bin.json")),
                corpusConfig("redpajama-incite-7b-base.json"))
            .orElseThrow();

    assertThat(count.total()).isEqualTo(13_731_385_408L / 2);
    assertThat(count.detail()).contains("buffers");
  }

  @Test
  void count_withoutConfig_assumesSixteenBitAndSaysSo() throws Exception {
    ParameterCount count =
        counter
            .count(
                TestFiles.json(TestFiles.corpus().resolve("safetensors_index/granite-7b-lab.json")),
                Optional.empty())
            .orElseThrow();

    assertThat(count.total()).isEqualTo(13_476_962_304L / 2);
    assertThat(count.detail()).contains("no dtype stated").contains("16-bit storage assumed");
  }

  @Test
  void count_totalParametersPresent_winsOverTotalSize() throws Exception {
    ParameterCount count =
        counter
            .count(
                TestFiles.json(TestFiles.corpus().resolve("safetensors_index/molmo-7b-d-nf4.json")),
                corpusConfig("molmo-7b-d-nf4.json"))
            .orElseThrow();

    assertThat(count.total()).isEqualTo(8_021_025_280L);
    assertThat(count.basis().exact()).isTrue();
    assertThat(count.source().pointer()).isEqualTo("/metadata/total_parameters");
  }

  @Test
  void count_bitsandbytesConfigAndOnlyTotalSize_isEmpty() throws Exception {
    JsonFile index =
        TestFiles.json(
            "model.safetensors.index.json",
            "{\"metadata\": {\"total_size\": 6661964712}, \"weight_map\": {}}");

    assertThat(counter.count(index, corpusConfig("molmo-7b-d-nf4.json"))).isEmpty();
  }

  @Test
  void count_gptqPackedWeightNames_isEmptyEvenWithoutConfig() throws Exception {
    assertThat(counter.count(index("gptq-packed-weights.json"), Optional.empty())).isEmpty();
  }

  @Test
  void count_fp8WeightScales_countsOneBytePerElementWithCaveat() throws Exception {
    ParameterCount count =
        counter.count(index("fp8-block-scales.json"), Optional.empty()).orElseThrow();

    assertThat(count.total()).isEqualTo(8_030_261_248L);
    assertThat(count.detail()).contains("fp8").contains("slightly high");
  }

  @Test
  void count_fp8DtypeInNonHuggingFaceConfig_countsOneByte() throws Exception {
    JsonFile index =
        TestFiles.json("index.json", "{\"metadata\": {\"total_size\": 1000}, \"weight_map\": {}}");

    ParameterCount count =
        counter.count(index, corpusConfig("deepseek-v3-inference-671b.json")).orElseThrow();

    assertThat(count.total()).isEqualTo(1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-metadata.json", "metadata-without-sizes.json"})
  void count_noSizeMetadata_isEmpty(String file) throws Exception {
    assertThat(counter.count(index(file), Optional.empty())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "total-size-not-a-number.json",
        "total-parameters-negative.json",
        "total-size-fraction.json",
        "total-size-huge.json",
        "metadata-not-object.json"
      })
  void count_brokenMetadata_throwsInputExceptionWithLine(String file) throws Exception {
    JsonFile index = index(file);

    assertThatThrownBy(() -> counter.count(index, Optional.empty()))
        .isInstanceOf(InputException.class)
        .satisfies(
            thrown -> {
              InputException input = (InputException) thrown;
              assertThat(input.file()).isEqualTo(file);
              assertThat(input.line()).isBetween(2, 3);
              assertThat(input.problem()).contains("metadata");
              assertThat(input.hint()).contains("regenerate the index");
            });
  }

  @Test
  void read_malformedBloomIndex_isRejectedByJsonReaderNotByCounter() {
    Path bloom = TestFiles.corpus().resolve("safetensors_index/bloom-176b.json");

    assertThatThrownBy(() -> TestFiles.json(bloom))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bloom-176b.json");
  }

  private static JsonFile index(String name) throws InputException {
    return TestFiles.json(TestFiles.resource("index/" + name));
  }
}
