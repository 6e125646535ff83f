package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.document.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GgufReaderTest {

  private static final String HOSTILE = "/dev/clearance/artifacts/checkpoint/hostile-gguf/";

  private static CheckpointFile read(String file) throws Exception {
    byte[] bytes = SafetensorsReaderTest.resource(HOSTILE + file);
    return new GgufReader(HeaderLimits.DEFAULT).read(file, new BytesChannel(bytes));
  }

  @Test
  void read_validSmall_givesQuantizedBlocksAndArchitecture() throws Exception {
    CheckpointFile checkpoint = read("valid-small.gguf");

    assertThat(checkpoint.format()).isEqualTo(CheckpointFormat.GGUF);
    assertThat(checkpoint.architecture()).contains("llama");
    assertThat(checkpoint.parameters()).isEqualTo(256 * 4 + 256);
    assertThat(checkpoint.dtypes())
        .containsExactly(
            new DtypeTotal("Q4_K", 1, 1024, 4 * 144), new DtypeTotal("F32", 1, 256, 1024));
    assertThat(checkpoint.metadata()).containsEntry("general.alignment", "32");
  }

  @Test
  void read_version2File_readsLikeVersion3() throws Exception {
    byte[] bytes = SafetensorsReaderTest.resource(HOSTILE + "valid-small.gguf");
    bytes[4] = 2; // the version field follows the 4-byte magic

    CheckpointFile checkpoint =
        new GgufReader(HeaderLimits.DEFAULT).read("v2.gguf", new BytesChannel(bytes));

    assertThat(checkpoint.parameters()).isEqualTo(256 * 4 + 256);
  }

  @Test
  void read_builtFileWithEveryValueType_readsMetadataAndTensors() throws Exception {
    byte[] bytes =
        new GgufBuilder()
            .string("general.architecture", "qwen2")
            .uint32("general.alignment", 64)
            .stringArray("tokenizer.ggml.tokens", 1000)
            .float32("qwen2.rope.freq_base", 1_000_000f)
            .tensor("blk.0.ffn_down.weight", 12, 256, 16) // Q4_K
            .tensor("blk.0.attn_q.weight", 8, 64, 64) // Q8_0
            .tensor("output_norm.weight", 30, 64) // BF16
            .build();

    CheckpointFile checkpoint =
        new GgufReader(HeaderLimits.DEFAULT).read("built.gguf", new BytesChannel(bytes));

    assertThat(checkpoint.parameters()).isEqualTo(256 * 16 + 64 * 64 + 64);
    assertThat(checkpoint.dtypes())
        .extracting(DtypeTotal::dtype, DtypeTotal::bytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Q4_K", 16L * 144),
            org.assertj.core.groups.Tuple.tuple("Q8_0", 128L * 34),
            org.assertj.core.groups.Tuple.tuple("BF16", 128L));
    assertThat(checkpoint.metadata())
        .containsEntry("tokenizer.ggml.tokens", "array of 1000 STRING")
        .containsEntry("qwen2.rope.freq_base", "1000000.0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bad-magic              | does not start with the GGUF magic
          version-1              | is GGUF version 1
          big-endian             | big-endian GGUF
          absurd-tensor-count    | tensor count 4611686018427387904 is absurd
          absurd-metadata-count  | metadata count 1099511627776 is absurd
          absurd-string-length   | metadata key #0: string length 1099511627776 is beyond the
          absurd-array-length    | metadata tokenizer.ggml.tokens: array length 1125899906842624 is absurd
          unknown-value-type     | metadata general.x has unknown value type 77
          truncated-in-metadata  | string length 20 is beyond the 8 bytes left in the file
          unknown-ggml-type      | tensor blk.0.attn_q.weight: has unknown ggml type 4
          too-many-dims          | tensor blk.0.attn_q.weight: has 5 dimensions
          misaligned-offset      | tensor b: offset 4 is not a multiple of the alignment 32
          overlapping-tensors    | tensor b: data [32, 96) overlaps tensor a
          data-beyond-file       | tensor token_embd.weight: data [0, 33554432) lies outside the data section
          shape-overflow         | tensor a: shape [1099511627776, 1099511627776] has more than 2^63-1
          not-whole-blocks       | tensor a: rows of 100 elements are not whole Q4_K blocks of 256
          bad-alignment          | general.alignment must be a UINT32 power of two, was 24
          duplicate-key          | metadata key general.architecture appears twice
          """)
  void read_hostileFile_failsNamingFileAndProblem(String name, String problem) {
    String file = name + ".gguf";

    InputException error = catchThrowableOfType(InputException.class, () -> read(file));

    assertThat(error).as(file).isNotNull();
    assertThat(error.file()).isEqualTo(file);
    assertThat(error.getMessage()).contains(problem);
    assertThat(error.hint()).isNotBlank();
  }
}
