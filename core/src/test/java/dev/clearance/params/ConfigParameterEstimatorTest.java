package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ParameterCount;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Config estimates against published counts. The source of every reference number is in
 * docs/parameter-estimates.md; the configs in src/test/resources are the published hyper-parameters
 * of those models.
 */
class ConfigParameterEstimatorTest {

  private final ConfigParameterEstimator estimator = new ConfigParameterEstimator();

  private ParameterCount estimate(String resource) throws InputException {
    JsonFile config = TestFiles.json(TestFiles.resource("configs/" + resource));
    Optional<ParameterCount> count = estimator.estimate(config);
    assertThat(count).as("estimate of %s", resource).isPresent();
    return count.get();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, exact total from the published checkpoint (see docs/parameter-estimates.md)
    "gpt2.json, 124439808",
    "llama-3.1-8b.json, 8030261248",
    "llama-3.1-70b.json, 70553706496",
    "mixtral-8x7b.json, 46702792704",
    "mistral-7b.json, 7241732096",
    "qwen3-8b.json, 8190735360",
    "qwen3-30b-a3b.json, 30532122624",
    "qwen1.5-moe-a2.7b.json, 14315784192",
    "gemma-2-9b.json, 9241705984",
    "deepseek-v2-lite.json, 15706484224",
    "t5-base.json, 222903552",
    "bert-base-uncased.json, 109514298",
    "roberta-base.json, 124697433",
    "qwen2.5-vl-7b.json, 8292166656",
  })
  void estimate_publishedConfig_matchesExactCount(String file, long exact) throws Exception {
    ParameterCount count = estimate(file);

    assertThat(count.total()).isEqualTo(exact);
    assertThat(count.basis()).isEqualTo(ParameterCount.Basis.CONFIG_ESTIMATE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, published total, published active (0 = dense), tolerance for active
    "mixtral-8x7b.json, 46.7e9, 12.9e9, 0.01",
    "qwen3-8b.json, 8.2e9, 0, 0",
    "qwen3-30b-a3b.json, 30.5e9, 3.3e9, 0.02",
    "qwen1.5-moe-a2.7b.json, 14.3e9, 2.7e9, 0.01",
    "gemma-2-9b.json, 9.24e9, 0, 0",
    "deepseek-v2-lite.json, 15.7e9, 2.66e9, 0.01",
    // DeepSeek's published active count leaves out the input embedding (0.93B); ours keeps it
    "deepseek-v3.json, 671e9, 37e9, 0.02",
  })
  void estimate_publishedConfig_withinOnePercentOfRoundedCount(
      String file, double total, double active, double activeTolerance) throws Exception {
    ParameterCount count = estimate(file);

    assertThat((double) count.total()).isCloseTo(total, within(total * 0.01));
    if (active == 0) {
      assertThat(count.active()).isEmpty();
    } else {
      assertThat((double) count.active().orElseThrow())
          .isCloseTo(active, within(active * activeTolerance));
    }
  }

  @Test
  void estimate_qwen3Moe_activeMatchesPublishedExactActiveCount() throws Exception {
    assertThat(estimate("qwen3-30b-a3b.json").active()).hasValue(3_353_032_704L);
  }

  @Test
  void estimate_deepseekV3_countsMainModelAndSaysMtpIsLeftOut() throws Exception {
    ParameterCount count = estimate("deepseek-v3.json");

    assertThat(count.total()).isEqualTo(671_026_419_200L);
    assertThat(count.detail()).contains("multi-token-prediction").contains("not counted");
  }

  @Test
  void estimate_mixtureOfExperts_activeCountsTwoOfEightExperts() throws Exception {
    ParameterCount count = estimate("mixtral-8x7b.json");

    long expert = 3L * 4096 * 14336;
    assertThat(count.total() - count.active().orElseThrow()).isEqualTo(6 * 32 * expert);
    assertThat(count.detail()).contains("8 experts (2 per token)");
  }

  @Test
  void estimate_detail_namesEveryFormulaInput() throws Exception {
    ParameterCount count = estimate("llama-3.1-8b.json");

    assertThat(count.detail())
        .contains("llama decoder")
        .contains("hidden_size=4096")
        .contains("num_hidden_layers=32")
        .contains("num_key_value_heads=8")
        .contains("intermediate_size=14336")
        .contains("vocab_size=128256")
        .contains("tie_word_embeddings=false");
  }

  @Test
  void estimate_source_pointsAtModelTypeOfConfig() throws Exception {
    ParameterCount count = estimate("llama-3.1-8b.json");

    assertThat(count.source().file()).isEqualTo("llama-3.1-8b.json");
    assertThat(count.source().pointer()).isEqualTo("/model_type");
    assertThat(count.source().line()).isEqualTo(15);
  }

  @Test
  void estimate_tiedEmbeddings_dropsOutputHead() throws Exception {
    String untied = configText("llama-3.1-8b.json");
    String tied = untied.replace("\"tie_word_embeddings\": false", "\"tie_word_embeddings\": true");

    long untiedTotal = estimator.estimate(TestFiles.json("a.json", untied)).orElseThrow().total();
    long tiedTotal = estimator.estimate(TestFiles.json("b.json", tied)).orElseThrow().total();

    assertThat(untiedTotal - tiedTotal).isEqualTo(128256L * 4096);
  }

  @Test
  void estimate_attentionAndMlpBiases_areCounted() throws Exception {
    String plain = configText("llama-3.1-8b.json");
    String biased =
        plain
            .replace("\"attention_bias\": false", "\"attention_bias\": true")
            .replace("\"mlp_bias\": false", "\"mlp_bias\": true");

    long plainTotal = estimator.estimate(TestFiles.json("a.json", plain)).orElseThrow().total();
    long biasedTotal = estimator.estimate(TestFiles.json("b.json", biased)).orElseThrow().total();

    long attentionBiases = 4096 + 1024 + 1024 + 4096;
    long mlpBiases = 14336 + 14336 + 4096;
    assertThat(biasedTotal - plainTotal).isEqualTo(32L * (attentionBiases + mlpBiases));
  }

  @Test
  void estimate_nestedTextConfig_countsLanguageModelAndVisionTower() throws Exception {
    ParameterCount nested = estimate("qwen2-vl-7b-nested.json");

    assertThat(nested.total()).isEqualTo(8_291_375_616L);
    assertThat(nested.detail()).contains("language model + vision tower");
    assertThat(nested.source().pointer()).isEqualTo("/text_config/model_type");
  }

  @Test
  void estimate_nestedTextConfigWithoutKnownTower_saysLowerBound() throws Exception {
    ParameterCount count = estimate("llava-style-nested.json");

    assertThat(count.total()).isEqualTo(8_030_261_248L);
    assertThat(count.detail()).contains("vision tower is not counted").contains("lower bound");
  }

  @Test
  void estimate_unknownArchitecture_isEmpty() throws Exception {
    JsonFile config = TestFiles.json("c.json", "{\"model_type\": \"rwkv\", \"hidden_size\": 4096}");

    assertThat(estimator.estimate(config)).isEmpty();
  }

  @Test
  void estimate_noModelTypeAndNotDeepseek_isEmpty() throws Exception {
    JsonFile config = TestFiles.json("c.json", "{\"hidden_size\": 4096, \"n_layers\": 2}");

    assertThat(estimator.estimate(config)).isEmpty();
  }

  @ParameterizedTest(name = "hidden_size {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-4096",
        "\"4096\"",
        "4096.5",
        "true",
        "null",
        "1e400",
        "9223372036854775808",
        "[4096]",
        "0",
      })
  void estimate_unusableHiddenSize_isEmpty(String value) throws Exception {
    String text =
        configText("llama-3.1-8b.json")
            .replace("\"hidden_size\": 4096", "\"hidden_size\": " + value);

    assertThat(estimator.estimate(TestFiles.json("c.json", text))).isEmpty();
  }

  @ParameterizedTest(name = "hidden_size {0}")
  @CsvSource({"NaN", "Infinity", "-Infinity"})
  void estimate_nonFiniteHiddenSize_isEmpty(String value) throws Exception {
    JsonFile config = TestFiles.json(TestFiles.resource("configs/llama-3.1-8b.json"));
    java.util.Map<String, Node> entries = new java.util.LinkedHashMap<>(config.root().entries());
    Node old = entries.get("hidden_size");
    entries.put("hidden_size", new Node.Scalar(value, false, old.source()));
    JsonFile changed =
        new JsonFile(config.file(), new Node.Mapping(entries, config.root().source()));

    assertThat(estimator.estimate(changed)).isEmpty();
  }

  @Test
  void estimate_countOverflowingLong_isEmpty() throws Exception {
    String text =
        configText("llama-3.1-8b.json")
            .replace("\"hidden_size\": 4096", "\"hidden_size\": 4294967296")
            .replace("\"vocab_size\": 128256", "\"vocab_size\": 4294967296");

    assertThat(estimator.estimate(TestFiles.json("c.json", text))).isEmpty();
  }

  @Test
  void estimate_hugeButFittingValues_givesExactCount() throws Exception {
    String text =
        configText("gpt2.json")
            .replace("\"n_layer\": 12", "\"n_layer\": 1000000")
            .replace("\"n_embd\": 768", "\"n_embd\": 1024");

    ParameterCount count = estimator.estimate(TestFiles.json("c.json", text)).orElseThrow();

    assertThat(count.total()).isGreaterThan(12_000_000_000_000L);
  }

  @Test
  void estimate_moreExpertsPerTokenThanExperts_isEmpty() throws Exception {
    String text =
        configText("mixtral-8x7b.json")
            .replace("\"num_experts_per_tok\": 2", "\"num_experts_per_tok\": 9");

    assertThat(estimator.estimate(TestFiles.json("c.json", text))).isEmpty();
  }

  @Test
  void supports_listsLanguageAndMultimodalTypes() {
    assertThat(estimator.supports("llama")).isTrue();
    assertThat(estimator.supports("qwen2_vl")).isTrue();
    assertThat(estimator.supports("molmo")).isFalse();
  }

  @Test
  void estimate_denseModel_hasNoActiveCount() throws Exception {
    assertThat(estimate("gpt2.json").active()).isEqualTo(OptionalLong.empty());
  }

  private static String configText(String resource) throws Exception {
    return java.nio.file.Files.readString(TestFiles.resource("configs/" + resource));
  }
}
