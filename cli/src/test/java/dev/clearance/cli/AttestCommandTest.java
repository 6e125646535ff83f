package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearance attest} and {@code clearance verify --attestation --auditor-key} (REV-6, ACC-4):
 * an auditor signs an attestation for the folder's root digest; anyone checks offline that it
 * covers exactly this folder and the audit did not fail.
 */
class AttestCommandTest {

  @TempDir Path root;
  private Path model;
  private Path orgKeys;
  private Path auditorKeys;
  private Path report;

  @BeforeEach
  void signModel() throws Exception {
    model = Files.createDirectories(root.resolve("model"));
    Files.writeString(model.resolve("config.json"), "{\"model_type\": \"gpt2\"}\n");
    Files.writeString(model.resolve("README.md"), "# Card\n");
    Files.write(model.resolve("model.safetensors"), new byte[] {8, 0, 0, 0, 0, 0, 0, 0});
    report = Files.writeString(root.resolve("report.pdf"), "%PDF audit report\n");
    orgKeys = root.resolve("org");
    auditorKeys = root.resolve("auditor");
    assertThat(CliRun.real("keygen", "--type", "ed25519", "--out", orgKeys.toString()).exitCode())
        .isZero();
    assertThat(
            CliRun.real("keygen", "--type", "ed25519", "--out", auditorKeys.toString()).exitCode())
        .isZero();
    sign();
  }

  private void sign() {
    CliRun sign =
        CliRun.real(
            "sign",
            model.toString(),
            "--key",
            orgKeys.resolve("private.pem").toString(),
            "--out",
            root.resolve("model.sig").toString(),
            "--force",
            "--quiet");
    assertThat(sign.exitCode()).as(sign.err()).isZero();
  }

  private CliRun attest(String result, String... extra) {
    return attestFor("northwind-audit", result, extra);
  }

  private CliRun attestFor(String firm, String result, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "attest",
                model.toString(),
                "--key",
                auditorKeys.resolve("private.pem").toString(),
                "--report",
                report.toString(),
                "--scope",
                "bias and dangerous capability evaluation",
                "--result",
                result,
                "--firm",
                firm,
                "--auditor",
                "alice",
                "--date",
                "2026-12-20",
                "--out",
                root.resolve("audit.sig").toString(),
                "--quiet"));
    args.addAll(List.of(extra));
    return CliRun.real(args.toArray(String[]::new));
  }

  private CliRun verify(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "verify",
                model.toString(),
                "--bundle",
                root.resolve("model.sig").toString(),
                "--key",
                orgKeys.resolve("public.pem").toString(),
                "--attestation",
                root.resolve("audit.sig").toString(),
                "--auditor-key",
                auditorKeys.resolve("public.pem").toString(),
                "--quiet"));
    args.addAll(List.of(extra));
    return CliRun.real(args.toArray(String[]::new));
  }

  @Test
  void attest_thenVerify_exitsZeroAndCoversTheDigestClearanceDigestPrints() {
    CliRun attested = attest("pass");
    String digest = CliRun.real("digest", model.toString(), "--quiet").out().strip();

    CliRun run = verify("--audit-report", report.toString());

    assertThat(attested.exitCode()).as(attested.err()).isZero();
    assertThat(attested.out()).contains("root digest " + digest).contains("result: pass");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .startsWith("VERIFIED")
        .contains("matches: audit by alice (northwind-audit) on 2026-12-20: pass")
        .contains("matches: audit report report.pdf");
  }

  @Test
  void verify_json_hasTheAuditMember() throws Exception {
    attest("pass_with_conditions", "--condition", "keep the safety filter on");

    CliRun run = verify("--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(json.path("audit").path("verified").asBoolean()).isTrue();
    assertThat(json.path("audit").path("result").asText()).isEqualTo("pass_with_conditions");
    assertThat(json.path("audit").path("conditions").get(0).asText())
        .isEqualTo("keep the safety filter on");
  }

  @Test
  void verify_folderChangedAndSignedAgain_exitsOneNamingBothDigests() throws Exception {
    attest("pass");
    String attested = CliRun.real("digest", model.toString(), "--quiet").out().strip();
    Files.writeString(model.resolve("README.md"), "# Card, edited after the audit\n");
    sign();
    String now = CliRun.real("digest", model.toString(), "--quiet").out().strip();

    CliRun run = verify();

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out())
        .startsWith("VERIFICATION FAILED")
        .contains("problem: the audit attestation covers root digest " + attested)
        .contains(now);
  }

  @Test
  void verify_anotherAuditorKey_exitsOneBadSignature() {
    attest("pass");
    Path other = root.resolve("other");
    CliRun.real("keygen", "--type", "ed25519", "--out", other.toString());

    CliRun run =
        CliRun.real(
            "verify",
            model.toString(),
            "--bundle",
            root.resolve("model.sig").toString(),
            "--key",
            orgKeys.resolve("public.pem").toString(),
            "--attestation",
            root.resolve("audit.sig").toString(),
            "--auditor-key",
            other.resolve("public.pem").toString(),
            "--quiet");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out()).contains("problem: bad audit attestation signature");
  }

  @Test
  void verify_failedAuditOrOtherReport_exitsOne() throws Exception {
    attest("fail", "--condition", "unsafe completions");
    Path otherReport = Files.writeString(root.resolve("other.pdf"), "another report");

    CliRun failed = verify();
    CliRun swapped = verify("--audit-report", otherReport.toString());

    assertThat(failed.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(failed.out()).contains("concluded: fail");
    assertThat(swapped.out()).contains("does not match the attested one");
  }

  @Test
  void verify_attestationWithoutAuditorKeyOrMalformed_exitsTwo() throws Exception {
    attest("pass");
    CliRun alone =
        CliRun.real(
            "verify",
            model.toString(),
            "--bundle",
            root.resolve("model.sig").toString(),
            "--key",
            orgKeys.resolve("public.pem").toString(),
            "--attestation",
            root.resolve("audit.sig").toString());
    Files.writeString(root.resolve("audit.sig"), "not json");
    CliRun malformed = verify();

    assertThat(alone.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(alone.err()).contains("--auditor-key");
    assertThat(malformed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(malformed.err()).contains("audit.sig");
  }

  @Test
  void attest_badOptionsOrExistingOut_exitsTwoNamingTheProblem() throws Exception {
    CliRun noCondition = attest("pass_with_conditions");
    CliRun badResult = attest("excellent");
    CliRun badFirm = attestFor("Not A Slug", "pass");
    Files.writeString(root.resolve("audit.sig"), "{}");
    CliRun exists = attest("pass");

    assertThat(noCondition.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(noCondition.err()).contains("at least one condition");
    assertThat(badResult.err()).contains("--result").contains("pass_with_conditions");
    assertThat(badFirm.err()).contains("firm must be a registry name");
    assertThat(exists.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(exists.err()).contains("already exists");
  }
}
