package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardCommandsTest {

  @TempDir Path temp;

  @Test
  void cardConvert_huggingFaceToCycloneDx_printsBom() throws Exception {
    CliRun run = CliRun.real("card", "convert", resource("card.md"), "--to", "cyclonedx");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode bom = new ObjectMapper().readTree(run.out());
    assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
  }

  @Test
  void cardConvert_roundTrip_keepsLicenseAndSections() throws Exception {
    Path bom = temp.resolve("card.cdx.json");
    Path back = temp.resolve("back.md");

    CliRun there =
        CliRun.real(
            "card", "convert", resource("card.md"), "--to", "cyclonedx", "-o", bom.toString());
    CliRun again =
        CliRun.real(
            "card", "convert", bom.toString(), "--to", "HuggingFace", "-o", back.toString());

    assertThat(there.exitCode()).as(there.err()).isEqualTo(ExitCode.OK);
    assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(back))
        .contains("license: apache-2.0")
        .contains("## Limitations")
        .contains("Trained on movie reviews only");
  }

  @Test
  void cardConvert_existingOutputWithoutForce_exitsTwo() throws Exception {
    Path existing = Files.writeString(temp.resolve("taken.json"), "{}");

    CliRun run =
        CliRun.real(
            "card", "convert", resource("card.md"), "--to", "cyclonedx", "-o", existing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: " + existing + ": the file already exists");
    assertThat(Files.readString(existing)).isEqualTo("{}");
  }

  @Test
  void cardConvert_withoutTarget_exitsTwo() throws Exception {
    CliRun run = CliRun.real("card", "convert", resource("card.md"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("Missing required option: '--to=FORMAT'");
  }

  @Test
  void cardConvert_missingInput_exitsTwo() {
    CliRun run = CliRun.real("card", "convert", "no/such/card.md", "--to", "cyclonedx");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: no/such/card.md: ");
  }

  static String resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(CardCommandsTest.class.getResource(name), name).toURI())
        .toString();
  }
}
