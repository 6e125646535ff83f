package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.document.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetensorsReaderTest {

  private static final String HOSTILE = "/dev/clearance/artifacts/checkpoint/hostile-safetensors/";

  @TempDir Path folder;

  static byte[] resource(String path) throws IOException {
    try (var in = SafetensorsReaderTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  private static CheckpointFile read(String name, byte[] bytes, HeaderLimits limits)
      throws InputException {
    return new SafetensorsReader(limits).read(name, new BytesChannel(bytes));
  }

  @Test
  void read_gpt2Shapes_givesPublishedCount() throws Exception {
    Path file = folder.resolve("model.safetensors");
    HeaderOnlyCheckpoints.writeFile(file, ReferenceShapes.gpt2(), Map.of("format", "pt"));

    CheckpointFile checkpoint;
    try (var channel = Files.newByteChannel(file)) {
      checkpoint = new SafetensorsReader(HeaderLimits.DEFAULT).read(file.toString(), channel);
    }

    assertThat(checkpoint.parameters()).isEqualTo(ReferenceShapes.GPT2);
    assertThat(checkpoint.bytes()).isEqualTo(4 * ReferenceShapes.GPT2);
    assertThat(checkpoint.tensors()).hasSize(2 + 12 * 12 + 2);
    assertThat(checkpoint.dtypes())
        .containsExactly(
            new DtypeTotal("F32", 148, ReferenceShapes.GPT2, 4 * ReferenceShapes.GPT2));
    assertThat(checkpoint.metadata()).containsEntry("format", "pt");
  }

  @Test
  void read_validSmall_givesTensorsWithOffsets() throws Exception {
    CheckpointFile checkpoint =
        read(
            "valid-small.safetensors",
            resource(HOSTILE + "valid-small.safetensors"),
            HeaderLimits.DEFAULT);

    assertThat(checkpoint.tensors())
        .extracting(Tensor::name, Tensor::elements, Tensor::offset, Tensor::bytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("weight", 6L, 0L, 12L),
            org.assertj.core.groups.Tuple.tuple("bias", 3L, 12L, 12L));
    assertThat(checkpoint.format()).isEqualTo(CheckpointFormat.SAFETENSORS);
  }

  @Test
  void read_headerOverConfiguredCap_failsNamingTheLimit() throws Exception {
    byte[] bytes = resource(HOSTILE + "valid-small.safetensors");

    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> read("capped.safetensors", bytes, new HeaderLimits(64, 10, 10, 10)));

    assertThat(error.file()).isEqualTo("capped.safetensors");
    assertThat(error.problem()).contains("over the limit of 64 bytes");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          header-length-beyond-file    | header length 1000 is beyond the file
          header-length-huge           | header length 18446744073709551615 is beyond the file
          not-json                     | Unrecognized token
          not-an-object                | does not start with '{'
          not-utf8                     | not valid UTF-8
          overlapping-offsets          | tensor b: data [8, 24) overlaps tensor a
          offsets-out-of-range         | tensor a: data [0, 16) lies outside the data section of 8
          misaligned-offsets           | tensor b: data_offsets start 2 is not aligned
          offsets-disagree-with-shape  | tensor a: data_offsets [0, 8] hold 8 bytes but F32 × [4] needs 16
          shape-overflow               | tensor a: shape [4294967296, 4294967296, 4] has more than 2^63-1
          shape-beyond-64-bit          | tensor a: shape holds a value that is not a whole number
          negative-offset              | tensor a: data_offsets holds a value that is not a whole number
          unknown-dtype                | tensor a: has unknown dtype "F128"
          truncated                    | tensor a: data [0, 2097152) lies outside the data section
          hole-between-tensors         | tensor b: data starts at 8, leaving a hole of 4 bytes
          trailing-bytes               | 8 bytes unaccounted for
          metadata-not-strings         | __metadata__ value format is not a string
          duplicate-tensor             | duplicate
          missing-data-offsets         | tensor a: has no data_offsets array
          end-before-begin             | tensor a: data_offsets [4, 0] end before they begin
          empty                        | the 8-byte header length needs 8 bytes
          short-length                 | the 8-byte header length needs 8 bytes
          """)
  void read_hostileFile_failsNamingFileAndProblem(String name, String problem) throws Exception {
    String file = name + ".safetensors";
    byte[] bytes = resource(HOSTILE + file);

    InputException error =
        catchThrowableOfType(InputException.class, () -> read(file, bytes, HeaderLimits.DEFAULT));

    assertThat(error).as(file).isNotNull();
    assertThat(error.file()).isEqualTo(file);
    assertThat(error.getMessage()).contains(problem);
    assertThat(error.hint()).isNotBlank();
  }
}
