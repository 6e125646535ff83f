package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code clearance check} with the real readers and checker on the bundled example folders. */
class RealCheckTest {

  private static final String EXAMPLES = Path.of("..", "examples").toString();

  @Test
  void check_incompleteExample_exitsOneAndSaysWhatIsMissing() {
    CliRun run = CliRun.real("check", EXAMPLES + "/incomplete-model");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("FAILED (").contains("How to fix:").contains("Next: ");
  }

  @Test
  void check_exampleAsJson_isPureJsonNamingThePolicy() throws IOException {
    CliRun run = CliRun.real("check", EXAMPLES + "/tiny-classifier", "--format", "json");

    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.at("/policy/id").asText()).isEqualTo("rrf");
    assertThat(report.at("/subject").asText()).endsWith("tiny-classifier");
    assertThat(run.exitCode()).isEqualTo(report.get("passed").asBoolean() ? 0 : 1);
  }

  @Test
  void check_sameDossierUnderAnotherPolicyVersion_namesThatVersion() throws IOException {
    CliRun run =
        CliRun.real(
            "check", EXAMPLES + "/tiny-classifier", "--format", "json", "--policy", "rrf-2026");

    assertThat(new ObjectMapper().readTree(run.out()).at("/policy/version").asText())
        .startsWith("2026");
  }

  @Test
  void check_missingFolder_exitsTwo() {
    CliRun run = CliRun.real("check", EXAMPLES + "/no-such-model");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: ").contains("no-such-model").contains("hint: ");
  }
}
