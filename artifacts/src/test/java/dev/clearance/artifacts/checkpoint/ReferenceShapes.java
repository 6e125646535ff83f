package dev.clearance.artifacts.checkpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Tensor names and shapes of published checkpoints, generated from the hyper-parameters in their
 * Hugging Face config.json files (sources and expected totals in docs/checkpoint-formats.md). Names
 * and shapes follow the transformers implementations that wrote the published safetensors files
 * ({@code LlamaForCausalLM}, {@code MixtralForCausalLM}, {@code GPT2LMHeadModel}).
 */
final class ReferenceShapes {

  /** openai-community/gpt2: 124,439,808 parameters (F32, tied output embedding). */
  static final long GPT2 = 124_439_808L;

  /** meta-llama/Llama-3.1-8B: 8,030,261,248 parameters. */
  static final long LLAMA_3_1_8B = 8_030_261_248L;

  /** meta-llama/Llama-3.1-70B: 70,553,706,496 parameters. */
  static final long LLAMA_3_1_70B = 70_553_706_496L;

  /** meta-llama/Llama-3.1-405B: 405,853,388,800 parameters. */
  static final long LLAMA_3_1_405B = 405_853_388_800L;

  /** mistralai/Mixtral-8x7B-v0.1: 46,702,792,704 parameters. */
  static final long MIXTRAL_8X7B = 46_702_792_704L;

  private ReferenceShapes() {}

  /** n_layer 12, n_embd 768, n_positions 1024, vocab_size 50257; Conv1D weights are [in, out]. */
  static List<TensorSpec> gpt2() {
    long embed = 768;
    List<TensorSpec> tensors = new ArrayList<>();
    tensors.add(TensorSpec.of("wte.weight", "F32", 50257, embed));
    tensors.add(TensorSpec.of("wpe.weight", "F32", 1024, embed));
    for (int layer = 0; layer < 12; layer++) {
      String prefix = "h." + layer + ".";
      tensors.add(TensorSpec.of(prefix + "ln_1.weight", "F32", embed));
      tensors.add(TensorSpec.of(prefix + "ln_1.bias", "F32", embed));
      tensors.add(TensorSpec.of(prefix + "attn.c_attn.weight", "F32", embed, 3 * embed));
      tensors.add(TensorSpec.of(prefix + "attn.c_attn.bias", "F32", 3 * embed));
      tensors.add(TensorSpec.of(prefix + "attn.c_proj.weight", "F32", embed, embed));
      tensors.add(TensorSpec.of(prefix + "attn.c_proj.bias", "F32", embed));
      tensors.add(TensorSpec.of(prefix + "ln_2.weight", "F32", embed));
      tensors.add(TensorSpec.of(prefix + "ln_2.bias", "F32", embed));
      tensors.add(TensorSpec.of(prefix + "mlp.c_fc.weight", "F32", embed, 4 * embed));
      tensors.add(TensorSpec.of(prefix + "mlp.c_fc.bias", "F32", 4 * embed));
      tensors.add(TensorSpec.of(prefix + "mlp.c_proj.weight", "F32", 4 * embed, embed));
      tensors.add(TensorSpec.of(prefix + "mlp.c_proj.bias", "F32", embed));
    }
    tensors.add(TensorSpec.of("ln_f.weight", "F32", embed));
    tensors.add(TensorSpec.of("ln_f.bias", "F32", embed));
    return tensors;
  }

  /** Llama-3.1-8B: 32 layers, hidden 4096, intermediate 14336, 8 KV heads of 128. */
  static List<TensorSpec> llama31With8B() {
    return llama(32, 4096, 14336, 8 * 128, 128256, 1);
  }

  /** Llama-3.1-70B: 80 layers, hidden 8192, intermediate 28672, 8 KV heads of 128. */
  static List<TensorSpec> llama31With70B() {
    return llama(80, 8192, 28672, 8 * 128, 128256, 1);
  }

  /** Llama-3.1-405B: 126 layers, hidden 16384, intermediate 53248, 8 KV heads of 128. */
  static List<TensorSpec> llama31With405B() {
    return llama(126, 16384, 53248, 8 * 128, 128256, 1);
  }

  /**
   * Mixtral-8x7B-v0.1: 32 layers, hidden 4096, intermediate 14336 per expert, 8 experts, 8 KV heads
   * of 128, vocabulary 32000.
   */
  static List<TensorSpec> mixtral8x7B() {
    return llama(32, 4096, 14336, 8 * 128, 32000, 8);
  }

  /** A Llama-style decoder; with more than one expert, Mixtral's block_sparse_moe layout. */
  private static List<TensorSpec> llama(
      int layers, long hidden, long intermediate, long kvDim, long vocab, int experts) {
    List<TensorSpec> tensors = new ArrayList<>();
    tensors.add(TensorSpec.of("model.embed_tokens.weight", "BF16", vocab, hidden));
    for (int layer = 0; layer < layers; layer++) {
      String prefix = "model.layers." + layer + ".";
      tensors.add(TensorSpec.of(prefix + "input_layernorm.weight", "BF16", hidden));
      tensors.add(TensorSpec.of(prefix + "self_attn.q_proj.weight", "BF16", hidden, hidden));
      tensors.add(TensorSpec.of(prefix + "self_attn.k_proj.weight", "BF16", kvDim, hidden));
      tensors.add(TensorSpec.of(prefix + "self_attn.v_proj.weight", "BF16", kvDim, hidden));
      tensors.add(TensorSpec.of(prefix + "self_attn.o_proj.weight", "BF16", hidden, hidden));
      if (experts == 1) {
        String mlp = prefix + "mlp.";
        tensors.add(TensorSpec.of(mlp + "gate_proj.weight", "BF16", intermediate, hidden));
        tensors.add(TensorSpec.of(mlp + "up_proj.weight", "BF16", intermediate, hidden));
        tensors.add(TensorSpec.of(mlp + "down_proj.weight", "BF16", hidden, intermediate));
      } else {
        String moe = prefix + "block_sparse_moe.";
        tensors.add(TensorSpec.of(moe + "gate.weight", "BF16", experts, hidden));
        for (int expert = 0; expert < experts; expert++) {
          String path = moe + "experts." + expert + ".";
          tensors.add(TensorSpec.of(path + "w1.weight", "BF16", intermediate, hidden));
          tensors.add(TensorSpec.of(path + "w2.weight", "BF16", hidden, intermediate));
          tensors.add(TensorSpec.of(path + "w3.weight", "BF16", intermediate, hidden));
        }
      }
      tensors.add(TensorSpec.of(prefix + "post_attention_layernorm.weight", "BF16", hidden));
    }
    tensors.add(TensorSpec.of("model.norm.weight", "BF16", hidden));
    tensors.add(TensorSpec.of("lm_head.weight", "BF16", vocab, hidden));
    return tensors;
  }
}
