package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningCommandsTest {

  @TempDir Path root;
  private Path model;
  private Path keys;

  @BeforeEach
  void signModel() throws Exception {
    model = Files.createDirectories(root.resolve("model"));
    Files.writeString(model.resolve("config.json"), "{\"model_type\": \"gpt2\"}\n");
    Files.writeString(model.resolve("README.md"), "# Card\n");
    Files.write(model.resolve("model.safetensors"), new byte[] {8, 0, 0, 0, 0, 0, 0, 0});
    Files.writeString(root.resolve("report.json"), "{\"passed\": true}\n");
    keys = root.resolve("keys");
    assertThat(CliRun.real("keygen", "--type", "p256", "--out", keys.toString()).exitCode())
        .isZero();
    CliRun sign =
        CliRun.real(
            "sign",
            model.toString(),
            "--key",
            keys.resolve("private.pem").toString(),
            "--card",
            model.resolve("README.md").toString(),
            "--report",
            root.resolve("report.json").toString(),
            "--out",
            root.resolve("bundle.json").toString(),
            "--quiet");
    assertThat(sign.exitCode()).as(sign.err()).isZero();
  }

  private CliRun verify(String... extra) {
    String[] base = {
      "verify",
      model.toString(),
      "--bundle",
      root.resolve("bundle.json").toString(),
      "--key",
      keys.resolve("public.pem").toString(),
      "--report",
      root.resolve("report.json").toString(),
      "--quiet"
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.real(args);
  }

  @Test
  void verify_signedModel_exitsZero() {
    CliRun run = verify();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("VERIFIED").contains("matches: card README.md");
  }

  @Test
  void digest_signedModel_printsTheSignedRootDigest() throws Exception {
    CliRun digest = CliRun.real("digest", model.toString(), "--quiet");
    CliRun verified = verify("--format", "json");

    JsonNode json = new ObjectMapper().readTree(verified.out());
    assertThat(digest.out().strip()).isEqualTo(json.path("signedRootDigest").asText()).hasSize(64);
  }

  @Test
  void verify_changedAddedRemoved_exitsOneAndListsThem() throws Exception {
    Files.writeString(model.resolve("config.json"), "{\"model_type\": \"gpt3\"}\n");
    Files.writeString(model.resolve("extra.txt"), "x");
    Files.delete(model.resolve("model.safetensors"));

    CliRun run = verify("--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("verified").asBoolean()).isFalse();
    assertThat(json.path("changed").toString()).contains("config.json");
    assertThat(json.path("added").toString()).contains("extra.txt");
    assertThat(json.path("removed").toString()).contains("model.safetensors");
  }

  @Test
  void verify_swappedReport_exitsOne() throws Exception {
    Files.writeString(root.resolve("report.json"), "{\"passed\": false}\n");

    CliRun run = verify();

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("problem: the report").contains("does not match");
  }

  @Test
  void verify_otherKey_exitsOneWithBadSignature() {
    Path other = root.resolve("other");
    CliRun.real("keygen", "--type", "ed25519", "--out", other.toString());

    CliRun run =
        CliRun.real(
            "verify",
            model.toString(),
            "--bundle",
            root.resolve("bundle.json").toString(),
            "--key",
            other.resolve("public.pem").toString(),
            "--quiet");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("bad signature");
  }

  @Test
  void verify_malformedBundle_exitsTwo() throws Exception {
    Path broken = Files.writeString(root.resolve("broken.json"), "{not json");

    CliRun run =
        CliRun.real(
            "verify",
            model.toString(),
            "--bundle",
            broken.toString(),
            "--key",
            keys.resolve("public.pem").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("broken.json").contains("not JSON");
  }

  @Test
  void digest_symlinkInFolder_exitsTwoWithHint() throws Exception {
    Files.createSymbolicLink(model.resolve("link"), root.resolve("report.json"));

    CliRun run = CliRun.real("digest", model.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("symbolic link").contains("hint:");
  }

  @Test
  void keygen_unknownType_exitsTwo() {
    CliRun run = CliRun.real("keygen", "--type", "rsa", "--out", root.resolve("k").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("unknown key type");
  }

  @Test
  void sign_privateKeyInsideTheFolder_exitsTwo() throws Exception {
    Path inside = model.resolve("keys");
    CliRun.real("keygen", "--out", inside.toString());

    CliRun run =
        CliRun.real(
            "sign",
            model.toString(),
            "--key",
            inside.resolve("private.pem").toString(),
            "--out",
            root.resolve("other.json").toString(),
            "--quiet");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("inside the model folder");
  }

  @Test
  void digest_jsonFormat_givesTheRootDigestAndHashTime() throws Exception {
    CliRun text = CliRun.real("digest", model.toString(), "--quiet");
    CliRun json = CliRun.real("digest", model.toString(), "--quiet", "--format", "json");

    JsonNode parsed = new ObjectMapper().readTree(json.out());
    assertThat(parsed.path("rootDigest").asText()).isEqualTo(text.out().strip());
    assertThat(parsed.path("resources").asInt()).isEqualTo(3);
    assertThat(parsed.path("hashSeconds").isNumber()).isTrue();
  }
}
