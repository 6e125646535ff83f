package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.clearance.document.InputException;
import dev.clearance.report.JsonReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final DossierCheck PASSING =
      (policy, subject, warnings) -> Reports.passing(policy, subject);
  private static final DossierCheck FAILING =
      (policy, subject, warnings) -> Reports.failing(policy, subject);

  @TempDir Path temp;

  @Test
  void check_passingDossier_exitsZeroWithTextReport() {
    CliRun run = CliRun.run(PASSING, "check", "models/tiny");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .startsWith("Clearance check of models/tiny\nPolicy:  rrf@2025.1")
        .contains("PASSED: every required requirement is met");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_failingDossier_exitsOne() {
    CliRun run = CliRun.run(FAILING, "check", "models/tiny");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("[BLOCKER] Security contact").contains("        ## Security");
  }

  @Test
  void check_jsonFormat_printsOnlyJsonThatFollowsTheSchema() throws IOException {
    CliRun run = CliRun.run(FAILING, "check", "models/tiny", "--format", "json");

    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("passed").asBoolean()).isFalse();
    assertThat(report.at("/policy/version").asText()).isEqualTo("2025.1");
    assertThat(run.out()).startsWith("{").endsWith("}\n");
    assertThat(validateJsonReport(run.out())).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
  }

  @Test
  void check_formatNamesInAnyCase_selectTheWriter() throws IOException {
    CliRun sarif = CliRun.run(PASSING, "check", "m", "--format", "SARIF");
    CliRun junit = CliRun.run(PASSING, "check", "m", "--format", "junit");
    CliRun markdown = CliRun.run(FAILING, "check", "m", "--format", "Markdown");

    assertThat(new ObjectMapper().readTree(sarif.out()).get("version").asText()).isEqualTo("2.1.0");
    assertThat(junit.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
    assertThat(markdown.out()).startsWith("## ❌ Clearance: 1 blocking requirement failed");
  }

  @Test
  void check_outputFile_writesReportWithoutColor() throws IOException {
    Path file = temp.resolve("report.txt");

    CliRun run =
        CliRun.run(
            FAILING, "check", "models/tiny", "--color", "always", "--output", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote the text report to " + file + ": failed, Tier 1");
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).contains("[BLOCKER] Security contact").doesNotContain("\u001B");
  }

  @Test
  void check_colorAlwaysOnStandardOutput_addsAnsiCodes() {
    CliRun run = CliRun.run(FAILING, "check", "models/tiny", "--color", "always");

    assertThat(run.out()).contains("\u001B[1;31mFAILED (1)\u001B[0m");
    assertThat(run.out()).contains("No security contact \\u001B[31m.");
  }

  @Test
  void check_colorAutoWhenNotATerminal_addsNoAnsiCodes() {
    CliRun run = CliRun.run(FAILING, Map.of("TERM", "xterm-256color"), "check", "models/tiny");

    assertThat(run.out()).doesNotContain("\u001B");
  }

  @Test
  void check_colorAlwaysWithJson_printsPlainJson() throws IOException {
    CliRun run = CliRun.run(PASSING, "check", "m", "--format", "json", "--color", "always");

    assertThat(run.out()).doesNotContain("\u001B");
    assertThat(new ObjectMapper().readTree(run.out()).get("passed").asBoolean()).isTrue();
  }

  @Test
  void check_badInput_printsErrorAndHintAndExitsTwo() {
    DossierCheck broken =
        (policy, subject, warnings) -> {
          throw new InputException(
              "models/tiny/README.md", 3, "duplicate key 'license'", "keep one 'license' key");
        };

    CliRun run = CliRun.run(broken, "check", "models/tiny");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "error: models/tiny/README.md:3: duplicate key 'license'\n"
                + "hint: keep one 'license' key\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void check_unknownBundledPolicy_exitsTwo() {
    CliRun run = CliRun.run(PASSING, "check", "models/tiny", "--policy", "rrf-1999");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: rrf-1999").contains("hint: ");
  }

  @Test
  void check_policyFile_checksUnderThatPolicy() throws IOException {
    Path file = temp.resolve("my-policy.yaml");
    try (InputStream bundled = getClass().getResourceAsStream("/policies/rrf-2026.yaml")) {
      assertThat(bundled).isNotNull();
      Files.write(file, bundled.readAllBytes());
    }
    List<String> seen = new ArrayList<>();
    DossierCheck recording =
        (policy, subject, warnings) -> {
          seen.add(policy.ref().toString());
          return Reports.passing(policy, subject);
        };

    CliRun run = CliRun.run(recording, "check", "models/tiny", "--policy", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(seen).hasSize(1).allMatch(ref -> ref.startsWith("rrf@2026"));
  }

  @Test
  void check_skippedInput_isWarnedOnStandardError() {
    DossierCheck warning =
        (policy, subject, warnings) -> {
          warnings.accept("models/tiny/fifo: is a FIFO, not a regular file");
          return Reports.passing(policy, subject);
        };

    CliRun run = CliRun.run(warning, "check", "models/tiny", "--format", "json");

    assertThat(run.err()).isEqualTo("warning: models/tiny/fifo: is a FIFO, not a regular file\n");
    assertThat(run.out()).startsWith("{");
  }

  @Test
  void check_unknownOption_printsUsageAndExitsTwo() {
    CliRun run = CliRun.run(PASSING, "check", "models/tiny", "--frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .contains("Unknown option: '--frobnicate'")
        .contains("Usage: clearance check");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void check_unknownFormat_exitsTwo() {
    CliRun run = CliRun.run(PASSING, "check", "models/tiny", "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .contains("unknown format 'pdf'; use one of text, json, sarif, junit, markdown");
  }

  @Test
  void check_withoutPath_exitsTwo() {
    CliRun run = CliRun.run(PASSING, "check");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void check_outputInMissingFolder_exitsTwo() {
    String file = temp.resolve("no-such-folder/report.json").toString();

    CliRun run = CliRun.run(PASSING, "check", "m", "--format", "json", "--output", file);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: " + file + ": cannot write");
  }

  @Test
  void check_bugInChecker_exitsThreeAndSaysSo() {
    DossierCheck buggy =
        (policy, subject, warnings) -> {
          throw new IllegalStateException("boom");
        };

    CliRun run = CliRun.run(buggy, "check", "m");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(run.err()).startsWith("internal error: java.lang.IllegalStateException: boom");
  }

  private static List<com.networknt.schema.Error> validateJsonReport(String json)
      throws IOException {
    try (InputStream schemaText =
        JsonReportWriter.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(schemaText);
      return schema.validate(json, InputFormat.JSON);
    }
  }
}
