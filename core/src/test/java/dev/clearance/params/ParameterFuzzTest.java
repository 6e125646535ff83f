package dev.clearance.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.document.TextDecoding;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.dossier.ParameterCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Property tests: on arbitrary config and index trees (negative, huge, fractional, non-numeric
 * values, counts that overflow a long) the estimator returns a count or empty and the index counter
 * a count, empty or an {@link InputException}; the card finder never throws. Any other exception
 * fails the test. Seeds: ParameterFuzzTestInputs/.
 */
class ParameterFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);

  private static final String[] MODEL_TYPES = {
    "llama",
    "mistral",
    "mixtral",
    "qwen2",
    "qwen2_moe",
    "qwen3",
    "qwen3_moe",
    "gemma",
    "gemma2",
    "gemma3_text",
    "phi3",
    "granite",
    "granitemoe",
    "smollm3",
    "gpt2",
    "gpt_neox",
    "gpt_bigcode",
    "bloom",
    "bert",
    "roberta",
    "t5",
    "mt5",
    "whisper",
    "deepseek_v2",
    "deepseek_v3",
    "qwen2_vl",
    "qwen2_5_vl",
    "llava",
    "unknown_type"
  };

  private static final String[] KEYS = {
    "hidden_size",
    "num_hidden_layers",
    "vocab_size",
    "num_attention_heads",
    "num_key_value_heads",
    "head_dim",
    "attention_bias",
    "mlp_bias",
    "qkv_bias",
    "tie_word_embeddings",
    "intermediate_size",
    "num_local_experts",
    "num_experts",
    "num_experts_per_tok",
    "moe_intermediate_size",
    "shared_expert_intermediate_size",
    "decoder_sparse_step",
    "mlp_only_layers",
    "first_k_dense_replace",
    "moe_layer_freq",
    "n_routed_experts",
    "n_shared_experts",
    "q_lora_rank",
    "kv_lora_rank",
    "qk_nope_head_dim",
    "qk_rope_head_dim",
    "v_head_dim",
    "topk_method",
    "num_nextn_predict_layers",
    "dim",
    "n_layers",
    "inter_dim",
    "moe_inter_dim",
    "n_heads",
    "n_activated_experts",
    "n_dense_layers",
    "score_func",
    "n_embd",
    "n_layer",
    "n_positions",
    "n_inner",
    "multi_query",
    "n_head",
    "max_position_embeddings",
    "type_vocab_size",
    "architectures",
    "d_model",
    "d_kv",
    "num_heads",
    "d_ff",
    "num_layers",
    "num_decoder_layers",
    "relative_attention_num_buckets",
    "feed_forward_proj",
    "encoder_layers",
    "decoder_layers",
    "encoder_ffn_dim",
    "decoder_ffn_dim",
    "num_mel_bins",
    "max_source_positions",
    "max_target_positions",
    "n_embed",
    "depth",
    "embed_dim",
    "mlp_ratio",
    "in_chans",
    "patch_size",
    "temporal_patch_size",
    "spatial_merge_size",
    "out_hidden_size",
    "torch_dtype",
    "dtype"
  };

  private static final String[] ODD_NUMBERS = {
    "-1",
    "0",
    "1.5",
    "1e400",
    "-1e400",
    "1e-400",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "4096.0",
    "NaN",
    "Infinity",
    "1e18",
    "3037000500",
    "4294967296"
  };

  private final ConfigParameterEstimator estimator = new ConfigParameterEstimator();
  private final IndexParameterCounter counter = new IndexParameterCounter();

  @FuzzTest
  void estimate_arbitraryConfigTree_givesCountOrEmpty(FuzzedDataProvider data) {
    Node.Mapping config = mapping(data, 0);
    Optional<ParameterCount> count = estimator.estimate(new JsonFile("config.json", config));
    count.ifPresent(ParameterFuzzTest::checkCount);
  }

  @FuzzTest
  void count_arbitraryIndexTree_givesCountEmptyOrInputException(FuzzedDataProvider data) {
    Map<String, Node> metadata = new LinkedHashMap<>();
    if (data.consumeBoolean()) {
      metadata.put("total_size", value(data, 1));
    }
    if (data.consumeBoolean()) {
      metadata.put("total_parameters", value(data, 1));
    }
    Map<String, Node> weights = new LinkedHashMap<>();
    int tensors = data.consumeInt(0, 4);
    for (int i = 0; i < tensors; i++) {
      weights.put(data.consumeString(40), scalar(data.consumeString(20), true, "/weight_map"));
    }
    Map<String, Node> root = new LinkedHashMap<>();
    root.put(
        "metadata",
        data.consumeBoolean() ? new Node.Mapping(metadata, source("/metadata")) : value(data, 1));
    root.put("weight_map", new Node.Mapping(weights, source("/weight_map")));
    JsonFile index = new JsonFile("index.json", new Node.Mapping(root, source("")));
    Optional<JsonFile> config =
        data.consumeBoolean()
            ? Optional.of(new JsonFile("config.json", mapping(data, 0)))
            : Optional.empty();
    try {
      counter.count(index, config).ifPresent(ParameterFuzzTest::checkCount);
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("index.json");
      assertThat(refused.hint()).isNotBlank();
    }
  }

  @FuzzTest
  void estimateAndCount_arbitraryJsonText_neverThrowAnythingElse(byte[] bytes) {
    Node root;
    try {
      root = new JsonReader(LIMITS).read("fuzz.json", TextDecoding.utf8("fuzz.json", bytes));
    } catch (InputException refused) {
      return;
    }
    if (!(root instanceof Node.Mapping mapping)) {
      return;
    }
    JsonFile file = new JsonFile("fuzz.json", mapping);
    estimator.estimate(file).ifPresent(ParameterFuzzTest::checkCount);
    try {
      counter.count(file, Optional.of(file)).ifPresent(ParameterFuzzTest::checkCount);
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.json");
    }
  }

  @FuzzTest
  void find_arbitraryCardText_neverThrows(byte[] bytes) {
    ModelCard card;
    try {
      card = new ModelCardReader(LIMITS).read("card.md", TextDecoding.utf8("card.md", bytes));
    } catch (InputException refused) {
      return;
    }
    for (ParameterCount count : new DeclaredParameterFinder().find(card)) {
      assertThat(count.total()).isGreaterThanOrEqualTo(1_000_000L);
      assertThat(count.source().line()).isBetween(0, card.lines().size());
    }
  }

  private static void checkCount(ParameterCount count) {
    assertThat(count.total()).isNotNegative();
    if (count.active().isPresent()) {
      assertThat(count.active().getAsLong()).isBetween(0L, count.total());
    }
    assertThat(count.detail()).isNotBlank();
  }

  private static Node.Mapping mapping(FuzzedDataProvider data, int depth) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (depth == 0 || data.consumeBoolean()) {
      String type = data.pickValue(MODEL_TYPES);
      entries.put("model_type", scalar(type, true, "/model_type"));
    }
    int keys = data.consumeInt(0, 40);
    for (int i = 0; i < keys; i++) {
      String key = data.pickValue(KEYS);
      entries.put(key, value(data, depth + 1));
    }
    if (depth < 2 && data.consumeBoolean()) {
      entries.put(
          data.consumeBoolean() ? "text_config" : "vision_config", mapping(data, depth + 1));
    }
    if (depth == 0 && data.consumeBoolean()) {
      Map<String, Node> quantization = new LinkedHashMap<>();
      quantization.put(
          "quant_method", scalar(data.consumeString(12), true, "/quantization_config"));
      entries.put(
          "quantization_config", new Node.Mapping(quantization, source("/quantization_config")));
    }
    return new Node.Mapping(entries, source(""));
  }

  private static Node value(FuzzedDataProvider data, int depth) {
    return switch (data.consumeInt(0, 9)) {
      case 0, 1, 2 -> scalar(Integer.toString(data.consumeInt(1, 65_536)), false, "/v");
      case 3 -> scalar(Long.toString(data.consumeLong()), false, "/v");
      case 4 -> scalar(data.pickValue(ODD_NUMBERS), false, "/v");
      case 5 -> scalar(data.consumeBoolean() ? "true" : "false", false, "/v");
      case 6 -> new Node.Scalar(null, false, source("/v"));
      case 7 -> scalar(data.consumeString(16), data.consumeBoolean(), "/v");
      case 8 -> {
        List<Node> items = new ArrayList<>();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
          items.add(scalar(Integer.toString(data.consumeInt(-2, 100)), false, "/v"));
        }
        yield new Node.Sequence(items, source("/v"));
      }
      default -> depth < 3 ? mapping(data, depth + 1) : scalar("1", false, "/v");
    };
  }

  private static Node.Scalar scalar(String text, boolean quoted, String pointer) {
    return new Node.Scalar(text, quoted, source(pointer));
  }

  private static Source source(String pointer) {
    return new Source("fuzz.json", 1, pointer);
  }
}
