package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFolderInspectorTest {

  private final CheckpointFolderInspector inspector =
      new CheckpointFolderInspector(HeaderLimits.DEFAULT, InputLimits.DEFAULT);

  @TempDir Path folder;

  @Test
  void inspect_llama31With8BShards_givesPublishedCount() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, ReferenceShapes.llama31With8B(), 4);

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.totalParameters()).isEqualTo(ReferenceShapes.LLAMA_3_1_8B);
    assertThat(inspection.totalBytes()).isEqualTo(2 * ReferenceShapes.LLAMA_3_1_8B);
    assertThat(inspection.counted()).hasSize(4);
    assertThat(inspection.tensorCount()).isEqualTo(2 + 32 * 9 + 1);
    assertThat(inspection.countSource())
        .contains(folder.resolve("model.safetensors.index.json").toString());
  }

  @Test
  void inspect_llama31With70BShards_givesPublishedCount() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, ReferenceShapes.llama31With70B(), 30);

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.totalParameters()).isEqualTo(ReferenceShapes.LLAMA_3_1_70B);
    assertThat(inspection.dtypes())
        .containsExactly(
            new DtypeTotal(
                "BF16",
                2 + 80 * 9 + 1,
                ReferenceShapes.LLAMA_3_1_70B,
                2 * ReferenceShapes.LLAMA_3_1_70B));
  }

  @Test
  void inspect_mixtralWithConfig_givesTotalAndActive() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, ReferenceShapes.mixtral8x7B(), 19);
    Files.writeString(
        folder.resolve("config.json"),
        """
        {"architectures": ["MixtralForCausalLM"], "model_type": "mixtral",
         "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
         "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 32000,
         "num_local_experts": 8, "num_experts_per_tok": 2, "tie_word_embeddings": false}
        """);

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.totalParameters()).isEqualTo(ReferenceShapes.MIXTRAL_8X7B);
    assertThat(inspection.architecture()).contains("MixtralForCausalLM");
    assertThat(inspection.experts()).contains("8 experts, 2 per token");
    // 2 of 8 experts per token: 46.70B total less 6 experts × 32 layers × 176,160,768
    assertThat(inspection.activeParameters()).hasValue(12_879_925_248L);
  }

  @Test
  void inspect_pickleFiles_listedUnsafeAndNeverCounted() throws Exception {
    Files.write(folder.resolve("pytorch_model.bin"), new byte[] {(byte) 0x80, 2, 'c'});
    Files.createDirectory(folder.resolve("original"));
    Files.write(folder.resolve("original/consolidated.00.pth"), new byte[] {'P', 'K'});
    HeaderOnlyCheckpoints.writeFile(
        folder.resolve("model.safetensors"), ReferenceShapes.gpt2(), Map.of("format", "pt"));

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.unsafe())
        .extracting(UnsafeFile::file)
        .containsExactly(
            folder.resolve("original/consolidated.00.pth").toString(),
            folder.resolve("pytorch_model.bin").toString());
    assertThat(inspection.unsafe().get(0).reason()).contains("pickle");
    assertThat(inspection.totalParameters()).isEqualTo(ReferenceShapes.GPT2);
  }

  @Test
  void inspect_safetensorsNotInIndex_reportedNotCounted() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, ReferenceShapes.gpt2(), 2);
    HeaderOnlyCheckpoints.writeFile(
        folder.resolve("consolidated.safetensors"), ReferenceShapes.gpt2(), Map.of());

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.totalParameters()).isEqualTo(ReferenceShapes.GPT2);
    assertThat(inspection.notCounted())
        .containsOnlyKeys(folder.resolve("consolidated.safetensors").toString());
  }

  @Test
  void inspect_peftAdapterOnly_countsNothingAndSaysWhy() throws Exception {
    HeaderOnlyCheckpoints.writeFile(
        folder.resolve("adapter_model.safetensors"),
        List.of(TensorSpec.of("base_model.model.lora_A.weight", "F32", 16, 4096)),
        Map.of());

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.counted()).isEmpty();
    assertThat(inspection.notCounted())
        .containsEntry(
            folder.resolve("adapter_model.safetensors").toString(),
            CheckpointFolderInspector.ADAPTER_REASON);
  }

  @Test
  void inspect_twoGgufQuantizations_countsOneVariant() throws Exception {
    byte[] small =
        new GgufBuilder().string("general.architecture", "llama").tensor("a", 12, 256, 4).build();
    Files.write(folder.resolve("model-Q4_K_M.gguf"), small);
    Files.write(
        folder.resolve("model-Q8_0.gguf"), new GgufBuilder().tensor("a", 8, 256, 4).build());

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.totalParameters()).isEqualTo(1024);
    assertThat(inspection.counted()).hasSize(1);
    assertThat(inspection.notCounted()).hasSize(1);
  }

  @Test
  void inspect_indexNamingTensorAbsentFromShard_failsNamingTensor() throws Exception {
    HeaderOnlyCheckpoints.writeSharded(folder, List.of(TensorSpec.of("a", "F32", 4)), 1);
    Files.writeString(
        folder.resolve("model.safetensors.index.json"),
        "{\"weight_map\":{\"a\":\"model-00001-of-00001.safetensors\","
            + "\"b\":\"model-00001-of-00001.safetensors\"}}");

    InputException error =
        catchThrowableOfType(InputException.class, () -> inspector.inspect(folder));

    assertThat(error.problem())
        .isEqualTo(
            "tensor b: the index places it in model-00001-of-00001.safetensors, whose header does"
                + " not have it");
  }

  @Test
  void inspect_symbolicLinkedCheckpointOutside_failsWithoutReading() throws Exception {
    Path model = Files.createDirectory(folder.resolve("model"));
    Path outside = folder.resolve("blob");
    HeaderOnlyCheckpoints.writeFile(outside, List.of(TensorSpec.of("a", "F32", 4)), Map.of());
    Files.createSymbolicLink(model.resolve("model.safetensors"), outside);

    InputException error =
        catchThrowableOfType(InputException.class, () -> inspector.inspect(model));

    assertThat(error.file()).isEqualTo(model.resolve("model.safetensors").toString());
    assertThat(error.problem()).contains("symbolic link leading outside the folder");
  }

  @Test
  void inspect_folderWithoutCheckpoints_countsNothing() throws Exception {
    Files.writeString(folder.resolve("README.md"), "# model\n");

    CheckpointInspection inspection = inspector.inspect(folder);

    assertThat(inspection.counted()).isEmpty();
    assertThat(inspection.countSource()).isEmpty();
  }
}
