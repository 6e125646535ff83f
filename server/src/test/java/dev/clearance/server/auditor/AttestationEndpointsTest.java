package dev.clearance.server.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.store.audit.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit reports and signed attestations (REV-6, ACC-4): the registry accepts an attestation only
 * when it verifies with the auditor's active key, covers the release's current root digest and
 * names the filed report; re-uploaded files that change the digest make it stale.
 */
class AttestationEndpointsTest extends ReleaseTestBase {

  private static final byte[] REPORT = "%PDF-1.7 audit report".getBytes(StandardCharsets.UTF_8);

  /** A checked release with a signed model and an accepted engagement of an auditor with a key. */
  private record Engaged(
      Scenario scenario,
      SignedModel signed,
      String firm,
      ApiClient auditor,
      KeyPair keys,
      String engagement) {

    String me() {
      return "/api/v1/me/engagements/" + engagement;
    }

    ApiResponse file(byte[] attestation) {
      return auditor.send(
          "POST", me() + "/attestations", attestation, "application/json", java.util.Map.of());
    }

    byte[] attestation(String rootDigest, byte[] report, AuditResult result) {
      return Audits.attestation(keys, rootDigest, firm, auditor.name(), report, result);
    }
  }

  private Engaged engaged(String name, boolean withReport) {
    Scenario scenario = draft(name);
    uploadExample(scenario, "tiny-classifier");
    SignedModel signed = uploadSignature(scenario, "tiny-classifier");
    check(scenario);
    String firm = Audits.approvedFirm(steward, unique("firm"));
    ApiClient auditor = user("auditor");
    Audits.approvedAuditor(steward, firm, auditor);
    KeyPair keys = Audits.registeredKey(auditor, "audit-2026");
    String id =
        scenario
            .releaser()
            .post(
                scenario.path() + "/engagements",
                "{\"auditor\": \"" + auditor.name() + "\", \"scope\": \"safety\"}")
            .json()
            .path("id")
            .asText();
    assertThat(auditor.post("/api/v1/me/engagements/" + id + "/accept", "").status())
        .isEqualTo(200);
    Engaged engaged = new Engaged(scenario, signed, firm, auditor, keys, id);
    if (withReport) {
      ApiResponse filed = auditor.putBytes(engaged.me() + "/report?name=report.pdf", REPORT);
      assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
    }
    return engaged;
  }

  private static JsonNode audit(Engaged engaged) {
    return engaged.scenario().releaser().get(engaged.scenario().path() + "/engagements").json();
  }

  @Test
  void fileAttestation_valid_201AttestedNotifiedAndDownloadable() {
    Engaged engaged = engaged("good", true);
    byte[] attestation =
        engaged.attestation(
            engaged.signed().rootDigest(), REPORT, AuditResult.PASS_WITH_CONDITIONS);

    ApiResponse filed = engaged.file(attestation);
    JsonNode audit = audit(engaged);
    String engagementPath = engaged.scenario().path() + "/engagements/" + engaged.engagement();
    ApiResponse bundle = engaged.scenario().releaser().get(engagementPath + "/attestation");
    ApiResponse report = steward.get(engagementPath + "/report");
    int anonymousReport = anonymous.get(engagementPath + "/report").status();
    List<StoredEntry> entries = auditEntries(engaged.scenario());
    JsonNode inbox = engaged.scenario().releaser().get("/api/v1/me/notifications").json();

    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(filed.json().path("result").asText()).isEqualTo("pass_with_conditions");
    assertThat(filed.json().path("conditions").get(0).asText())
        .isEqualTo("keep the safety filter on");
    assertThat(filed.json().path("current").asBoolean()).isTrue();
    assertThat(filed.json().path("key").asText()).isEqualTo("audit-2026");
    assertThat(audit.path("attested").asBoolean()).as(audit.toString()).isTrue();
    assertThat(audit.path("rootDigest").asText()).isEqualTo(engaged.signed().rootDigest());
    assertThat(bundle.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(attestation);
    assertThat(report.body()).isEqualTo(new String(REPORT, StandardCharsets.UTF_8));
    assertThat(anonymousReport).isEqualTo(404);
    assertThat(inbox.path("items").findValuesAsText("kind")).contains("attestation_filed");
    assertThat(entries.stream().map(entry -> leaf(entry).path("action").asText()))
        .contains("engagement.report", "attestation.file");
    assertThat(entries)
        .as("sealed until the release is public")
        .allSatisfy(
            entry ->
                assertThat(entry.revealed())
                    .hasValueSatisfying(s -> assertThat(s.revealed()).isFalse()));
  }

  @Test
  void withdrawEngagement_afterAttesting_attestationStopsCounting() {
    Engaged engaged = engaged("withdrawn", true);
    ApiResponse filed =
        engaged.file(engaged.attestation(engaged.signed().rootDigest(), REPORT, AuditResult.PASS));
    boolean attestedBefore = audit(engaged).path("attested").asBoolean();

    ApiResponse withdrawn =
        engaged
            .auditor()
            .post(engaged.me() + "/withdraw", "{\"reason\": \"a conflict came to light\"}");
    JsonNode after = audit(engaged);

    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(attestedBefore).isTrue();
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(after.path("attested").asBoolean()).as(after.toString()).isFalse();
    assertThat(after.path("engagements").get(0).path("attestations")).hasSize(1);
  }

  @Test
  void fileAttestation_anotherDigest_422NamingBothDigests() {
    Engaged engaged = engaged("digest", true);
    String other = "0".repeat(64);

    ApiResponse refused = engaged.file(engaged.attestation(other, REPORT, AuditResult.PASS));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("wrong_digest");
    assertThat(refused.json().path("message").asText())
        .contains(other)
        .contains(engaged.signed().rootDigest());
    assertThat(audit(engaged).path("attested").asBoolean()).isFalse();
  }

  @Test
  void fileAttestation_unregisteredOrRevokedKey_422() {
    Engaged engaged = engaged("keys", true);
    KeyPair stranger = SignedModel.newKeys();
    byte[] byStranger =
        Audits.attestation(
            stranger,
            engaged.signed().rootDigest(),
            engaged.firm(),
            engaged.auditor().name(),
            REPORT,
            AuditResult.PASS);

    ApiResponse unknown = engaged.file(byStranger);
    int revoked = engaged.auditor().delete("/api/v1/me/auditor-keys/audit-2026").status();
    ApiResponse withRevoked =
        engaged.file(engaged.attestation(engaged.signed().rootDigest(), REPORT, AuditResult.PASS));

    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.code()).isEqualTo("unknown_auditor_key");
    assertThat(revoked).isEqualTo(204);
    assertThat(withRevoked.code()).isEqualTo("auditor_key_revoked");
  }

  @Test
  void fileAttestation_reportNotTheFiledOne_422NamingBothHashes() {
    Engaged engaged = engaged("report", true);
    byte[] otherReport = "another report".getBytes(StandardCharsets.UTF_8);

    ApiResponse refused =
        engaged.file(
            engaged.attestation(engaged.signed().rootDigest(), otherReport, AuditResult.PASS));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("report_mismatch");
    assertThat(refused.json().path("message").asText())
        .contains(Audits.sha256(otherReport))
        .contains(Audits.sha256(REPORT));
  }

  @Test
  void fileAttestation_withoutReportOrForAnotherFirm_refused() {
    Engaged engaged = engaged("order", false);
    byte[] valid = engaged.attestation(engaged.signed().rootDigest(), REPORT, AuditResult.PASS);

    ApiResponse noReport = engaged.file(valid);
    engaged.auditor().putBytes(engaged.me() + "/report?name=report.pdf", REPORT);
    ApiResponse otherFirm =
        engaged.file(
            Audits.attestation(
                engaged.keys(),
                engaged.signed().rootDigest(),
                "other-firm",
                engaged.auditor().name(),
                REPORT,
                AuditResult.PASS));
    ApiResponse malformed =
        engaged.file("{\"not\": \"a bundle\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(noReport.status()).isEqualTo(409);
    assertThat(noReport.code()).isEqualTo("no_report");
    assertThat(otherFirm.code()).isEqualTo("attestation_mismatch");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("invalid_attestation");
  }

  @Test
  void fileAttestation_conflictDeclaredSinceAccepting_refusedAndNotAttested() {
    Engaged engaged = engaged("late-conflict", true);
    byte[] valid = engaged.attestation(engaged.signed().rootDigest(), REPORT, AuditResult.PASS);
    assertThat(engaged.file(valid).status()).isEqualTo(201);

    engaged
        .auditor()
        .post(
            "/api/v1/me/conflicts",
            "{\"organization\": \"" + engaged.scenario().org() + "\", \"kind\": \"funding\"}");
    ApiResponse refused = engaged.file(valid);
    JsonNode audit = audit(engaged);

    assertThat(refused.code()).isEqualTo("auditor_conflicted");
    assertThat(audit.path("attested").asBoolean()).isFalse();
    assertThat(audit.path("problem").asText()).contains("conflict of interest").contains("funding");
  }

  @Test
  void uploadReport_tooLargeBadNameOrWrongType_refusedAndNothingFiled() {
    Engaged engaged = engaged("uploads", false);

    ApiResponse tooLarge =
        engaged.auditor().putBytes(engaged.me() + "/report?name=big.pdf", new byte[(1 << 20) + 1]);
    ApiResponse badName = engaged.auditor().putBytes(engaged.me() + "/report?name=a/b.pdf", REPORT);
    ApiResponse json = engaged.auditor().put(engaged.me() + "/report?name=r.pdf", "{}");
    ApiResponse byOther = user("other").putBytes(engaged.me() + "/report?name=r.pdf", REPORT);

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(badName.status()).isEqualTo(400);
    assertThat(json.status()).isEqualTo(415);
    assertThat(byOther.status()).isEqualTo(403);
    assertThat(audit(engaged).path("engagements").get(0).has("report")).isFalse();
  }

  @Test
  void reupload_changedFilesAndNewCheck_attestationForAnotherDigest() throws Exception {
    Engaged engaged = engaged("stale", true);
    engaged.file(engaged.attestation(engaged.signed().rootDigest(), REPORT, AuditResult.PASS));
    boolean before = audit(engaged).path("attested").asBoolean();

    Files.writeString(
        engaged.signed().folder().resolve("README.md"),
        "\nA sentence added after the audit.\n",
        java.nio.file.StandardOpenOption.APPEND);
    SignedModel resigned = SignedModel.sign(engaged.signed().folder(), engaged.signed().keys());
    SignedModel.put(
        engaged.scenario().releaser(),
        engaged.scenario().path(),
        "README.md",
        Files.readAllBytes(resigned.folder().resolve("README.md")));
    resigned.uploadBundle(engaged.scenario().releaser(), engaged.scenario().path());
    check(engaged.scenario());
    JsonNode after = audit(engaged);

    assertThat(before).isTrue();
    assertThat(resigned.rootDigest()).isNotEqualTo(engaged.signed().rootDigest());
    assertThat(after.path("attested").asBoolean()).isFalse();
    assertThat(after.path("problem").asText())
        .contains("another digest")
        .contains(engaged.signed().rootDigest())
        .contains(resigned.rootDigest());
    assertThat(
            after
                .path("engagements")
                .get(0)
                .path("attestations")
                .get(0)
                .path("current")
                .asBoolean())
        .isFalse();
  }
}
