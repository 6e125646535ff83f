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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShardIndexReaderTest {

  private static final String HOSTILE = "/dev/clearance/artifacts/checkpoint/hostile-index/";
  private final ShardIndexReader reader = new ShardIndexReader(InputLimits.DEFAULT);

  @TempDir Path root;

  @Test
  void parse_validIndex_givesShardsInOrder() throws Exception {
    byte[] bytes = SafetensorsReaderTest.resource(HOSTILE + "valid.json");

    ShardIndex index = reader.parse("valid.json", bytes);

    assertThat(index.shards())
        .containsExactly("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors");
    assertThat(index.weightMap()).containsEntry("a", "model-00001-of-00002.safetensors");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          parent-path         | tensor lm_head.weight: the shard path "../outside.safetensors" leads outside the folder
          nested-parent-path  | tensor lm_head.weight: the shard path "shards/../../outside.safetensors" leads outside
          absolute-path       | tensor lm_head.weight: the shard path "/etc/passwd" is absolute
          windows-drive-path  | is absolute
          backslash-path      | contains a backslash
          empty-path          | tensor lm_head.weight: the shard path is empty
          no-weight-map       | has no "weight_map" object
          shard-not-a-string  | tensor lm_head.weight: shard is not a string
          not-json            | not-json.json:1
          """)
  void parse_hostileIndex_failsNamingFileAndTensor(String name, String problem) throws Exception {
    String file = name + ".json";
    byte[] bytes = SafetensorsReaderTest.resource(HOSTILE + file);

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.parse(file, bytes));

    assertThat(error).as(file).isNotNull();
    assertThat(error.file()).isEqualTo(file);
    assertThat(error.getMessage()).contains(problem);
  }

  @Test
  void resolve_symbolicLinkOutOfFolder_failsWithoutReading() throws Exception {
    Path folder = Files.createDirectory(root.resolve("model"));
    Path outside = root.resolve("secret.safetensors");
    HeaderOnlyCheckpoints.writeFile(outside, List.of(TensorSpec.of("a", "F32", 2)), Map.of());
    Files.createSymbolicLink(folder.resolve("model-00001-of-00001.safetensors"), outside);
    ShardIndex index =
        new ShardIndex(
            "model.safetensors.index.json",
            Map.of("a", "model-00001-of-00001.safetensors"),
            List.of("model-00001-of-00001.safetensors"));

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.resolve(folder, index));

    assertThat(error.file()).isEqualTo("model.safetensors.index.json");
    assertThat(error.problem())
        .contains("shard model-00001-of-00001.safetensors leads outside the folder");
  }

  @Test
  void resolve_symbolicLinkedFolderOutside_failsWithoutReading() throws Exception {
    Path folder = Files.createDirectory(root.resolve("model"));
    Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
    HeaderOnlyCheckpoints.writeFile(
        elsewhere.resolve("a.safetensors"), List.of(TensorSpec.of("a", "F32", 2)), Map.of());
    Files.createSymbolicLink(folder.resolve("shards"), elsewhere);
    ShardIndex index =
        new ShardIndex(
            "index.json", Map.of("a", "shards/a.safetensors"), List.of("shards/a.safetensors"));

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.resolve(folder, index));

    assertThat(error.problem()).contains("leads outside the folder");
  }

  @Test
  void resolve_missingShard_failsNamingIt() throws Exception {
    ShardIndex index =
        new ShardIndex("index.json", Map.of("a", "gone.safetensors"), List.of("gone.safetensors"));

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.resolve(root, index));

    assertThat(error.problem()).isEqualTo("shard gone.safetensors does not exist");
    assertThat(error.hint()).contains("download every shard");
  }
}
