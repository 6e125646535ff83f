package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.card.CardSkeleton;
import java.io.IOException;
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

  @Test
  void cardInit_folder_printsSkeletonWithMarkedPlaceholders() throws Exception {
    CliRun run = CliRun.real("card", "init", resource("model-folder"), "--output", "-");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("---\n").contains(CardSkeleton.MARKDOWN_TODO);
  }

  @Test
  void cardInit_existingReadme_refusesWithoutForce() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("model"));
    Files.writeString(folder.resolve("config.json"), "{\"model_type\": \"bert\"}");
    Files.writeString(folder.resolve("README.md"), "keep me");

    CliRun refused = CliRun.real("card", "init", folder.toString());
    CliRun forced = CliRun.real("card", "init", folder.toString(), "--force");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(refused.err()).contains("pass --force to replace it");
    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.OK);
    assertThat(forced.err()).contains("wrote a card skeleton to " + folder.resolve("README.md"));
    assertThat(Files.readString(folder.resolve("README.md"))).contains(CardSkeleton.MARKDOWN_TODO);
  }

  @Test
  void cardInit_missingFolder_exitsTwo() {
    CliRun run = CliRun.real("card", "init", "no/such/folder");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: no/such/folder: ");
  }

  static String resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(CardCommandsTest.class.getResource(name), name).toURI())
        .toString();
  }
}
