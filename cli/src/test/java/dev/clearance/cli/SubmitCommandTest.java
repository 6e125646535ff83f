package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.artifacts.checkpoint.CheckpointHeaderInspector;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.identity.OrgRole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code clearance submit} against a real registry on both databases. */
class SubmitCommandTest extends RegistryTestBase {

  private static final Path EXAMPLES = Path.of("..", "examples");

  private CliRun submit(ApiClient as, String... args) {
    CommandLine commandLine =
        Main.commandLine(
            new PolicyChecker(
                new DossierSource(new CheckpointHeaderInspector()), Clock.systemUTC()),
            Map.of("CLEARANCE_TOKEN", as.token().orElse("")));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("submit"));
    all.addAll(List.of(args));
    all.addAll(List.of("--server", registry.baseUri().toString()));
    int exitCode = commandLine.execute(all.toArray(String[]::new));
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  @Test
  void submit_passingExample_uploadsChecksAndSubmits() {
    String org = organization("acme");
    ApiClient releaser = member(org, OrgRole.RELEASER, "pipeline");

    CliRun run =
        submit(
            releaser,
            EXAMPLES.resolve("tiny-classifier").toString(),
            "--org",
            org,
            "--release",
            "1.0");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("state:    submitted").contains("Tier 1").contains("PASSED");
    assertThat(run.err()).contains("uploading 1/");
    JsonNode release =
        releaser.get("/api/v1/orgs/" + org + "/models/tiny-classifier/releases/1.0").json();
    assertThat(release.path("state").asText()).isEqualTo("submitted");
    JsonNode files =
        releaser.get("/api/v1/orgs/" + org + "/models/tiny-classifier/releases/1.0/files").json();
    assertThat(files.path("items").findValuesAsText("path")).contains("README.md", "config.json");
  }

  @Test
  void submit_failingCard_exit1AndReleaseStaysDraft() {
    String org = organization("acme");
    ApiClient releaser = member(org, OrgRole.RELEASER, "pipeline");

    CliRun run =
        submit(
            releaser,
            EXAMPLES.resolve("incomplete-model").toString(),
            "--org",
            org,
            "--release",
            "0.1",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("\"state\" : \"draft\"").contains("\"passed\" : false");
    JsonNode release =
        releaser.get("/api/v1/orgs/" + org + "/models/incomplete-model/releases/0.1").json();
    assertThat(release.path("state").asText()).isEqualTo("draft");
  }

  @Test
  void submit_malformedCard_exit2AndNothingSent(@TempDir Path folder) throws Exception {
    String org = organization("acme");
    ApiClient releaser = member(org, OrgRole.RELEASER, "pipeline");
    Files.writeString(folder.resolve("README.md"), "---\nlicense: [unclosed\n---\n# Model\n");

    CliRun run =
        submit(releaser, folder.toString(), "--org", org, "--release", "1.0", "--model", "broken");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("README.md");
    assertThat(releaser.get("/api/v1/orgs/" + org + "/models/broken").status()).isEqualTo(404);
  }

  @Test
  void submit_outsiderToken_exit2WithRegistryMessage() {
    String org = organization("acme");
    ApiClient outsider = user("outsider");

    CliRun run =
        submit(
            outsider,
            EXAMPLES.resolve("tiny-classifier").toString(),
            "--org",
            org,
            "--release",
            "1.0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("creating model").contains("releaser role");
  }

  @Test
  void submit_noToken_exit2NamingTheVariable() {
    CliRun run =
        submit(
            anonymous,
            EXAMPLES.resolve("tiny-classifier").toString(),
            "--org",
            "acme",
            "--release",
            "1.0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("CLEARANCE_TOKEN");
  }
}
