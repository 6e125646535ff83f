package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  private static final String HEADER =
      "{\"__metadata__\":{\"format\":\"pt\"},"
          + "\"weight\":{\"dtype\":\"BF16\",\"shape\":[2,3],\"data_offsets\":[0,12]},"
          + "\"bias\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[12,24]}}";

  @TempDir Path folder;

  /** A safetensors file: 8-byte little-endian header length, the header, then the data. */
  private static void safetensors(Path file, String header, int dataBytes) throws IOException {
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer bytes =
        ByteBuffer.allocate(8 + json.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    bytes.putLong(json.length).put(json);
    Files.write(file, bytes.array());
  }

  @Test
  void inspect_folderWithCheckpointAndPickle_printsTotalsAndUnsafeFile() throws Exception {
    safetensors(folder.resolve("model.safetensors"), HEADER, 24);
    Files.write(folder.resolve("pytorch_model.bin"), new byte[] {(byte) 0x80, 2});
    Files.writeString(folder.resolve("config.json"), "{\"architectures\": [\"TinyModel\"]}");

    CliRun run = CliRun.real("inspect", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("model.safetensors: safetensors, 2 tensors, 9 parameters (BF16, F32)")
        .contains("Total: 9 parameters (9) in 2 tensors, 24 bytes")
        .contains("  BF16: 6 parameters, 12 bytes, 1 tensors")
        .contains("Architecture: TinyModel")
        .contains("Unsafe files (never opened):")
        .contains("pytorch_model.bin: PyTorch pickle format");
  }

  @Test
  void inspect_jsonFormat_givesMachineReadableTotals() throws Exception {
    safetensors(folder.resolve("model.safetensors"), HEADER, 24);

    CliRun run = CliRun.real("inspect", folder.toString(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("totalParameters").asLong()).isEqualTo(9);
    assertThat(root.path("totalBytes").asLong()).isEqualTo(24);
    assertThat(root.path("files").get(0).path("format").asText()).isEqualTo("safetensors");
    assertThat(root.path("dtypes").get(1).path("dtype").asText()).isEqualTo("F32");
  }

  @Test
  void inspect_hostileHeader_exitsTwoNamingFileAndTensor() throws Exception {
    Path file = folder.resolve("model.safetensors");
    safetensors(file, "{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,8]}}", 8);

    CliRun run = CliRun.real("inspect", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .contains("error: " + file + ":1: tensor w: data_offsets [0, 8] hold 8 bytes but F32 × [4]")
        .contains("hint: ");
  }

  @Test
  void inspect_missingPath_exitsTwo() {
    CliRun run = CliRun.real("inspect", folder.resolve("absent").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("no such file or folder");
  }

  @Test
  void check_folderWithCheckpoint_usesExactHeaderCount() throws Exception {
    safetensors(folder.resolve("model.safetensors"), HEADER, 24);
    Files.writeString(folder.resolve("README.md"), "---\nlicense: mit\n---\n# Tiny\n");

    CliRun run = CliRun.real("check", folder.toString(), "--format", "json");

    JsonNode parameters = new ObjectMapper().readTree(run.out()).path("tier").path("parameters");
    assertThat(parameters.path("basis").asText()).isEqualTo("exact_headers");
    assertThat(parameters.path("total").asLong()).isEqualTo(9);
  }
}
