package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.HeldTransaction;
import dev.clearance.server.testing.PublicLog;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.store.auditor.ConflictKind;
import dev.clearance.store.auditor.ConflictParty;
import dev.clearance.store.auditor.ConflictRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 item 5 scenarios (REV-6, ACC-4): a Tier 3 release ({@code examples/coder-7b}) is approved
 * only with a valid attestation of an approved, unconflicted auditor for its current root digest;
 * the refusal says why (no engagement, an attestation for another digest, a conflicted auditor).
 * The audit log verifies afterwards.
 */
class AuditScenarioTest extends ScenarioTestBase {

  private static final byte[] REPORT = "%PDF audit of coder-7b".getBytes(StandardCharsets.UTF_8);

  /** An approved auditor of a new firm, with a registered key. */
  private record Auditor(String firm, ApiClient client, KeyPair keys) {

    byte[] attestation(String rootDigest) {
      return Audits.attestation(keys, rootDigest, firm, client.name(), REPORT, AuditResult.PASS);
    }
  }

  private Auditor auditor(String name) {
    String firm = Audits.approvedFirm(steward, unique(name + "-firm"));
    ApiClient client = user(name);
    Audits.approvedAuditor(steward, firm, client);
    return new Auditor(firm, client, Audits.registeredKey(client, "audit"));
  }

  /** The releaser engages {@code auditor}, who accepts and files the report; the engagement id. */
  private static String engagedAndReported(Scenario scenario, Auditor auditor) {
    return Audits.engagedAndReported(
        scenario.releaser(), scenario.path(), auditor.client(), REPORT);
  }

  private static ApiResponse attest(Auditor auditor, String engagement, String rootDigest) {
    return Audits.attest(auditor.client(), engagement, auditor.attestation(rootDigest));
  }

  private static String auditMessage(ApiResponse refused) {
    for (JsonNode guard : refused.json().path("details").path("guards")) {
      if (guard.path("guard").asText().equals("audit_attestation")) {
        return guard.path("message").asText();
      }
    }
    throw new AssertionError("no audit_attestation guard in " + refused);
  }

  /** A checked, signed coder-7b release (Tier 3); returns the signed model. */
  private SignedModel checkedCoder(Scenario scenario) {
    uploadExample(scenario, "coder-7b");
    SignedModel signed = uploadSignature(scenario, "coder-7b");
    JsonNode report = check(scenario);
    assertThat(report.path("tier").path("tier").asInt()).isEqualTo(3);
    return signed;
  }

  @Test
  void tier3Release_attestationForAnEarlierDigest_refusedUntilTheCurrentOneIsAttested()
      throws Exception {
    Scenario scenario = draft("coder-audit");
    SignedModel first = checkedCoder(scenario);
    Auditor auditor = auditor("auditor");
    String engagement = engagedAndReported(scenario, auditor);
    ApiResponse attestedFirst = attest(auditor, engagement, first.rootDigest());

    Files.writeString(
        first.folder().resolve("README.md"),
        "\nLimitations were rewritten after the audit.\n",
        StandardOpenOption.APPEND);
    SignedModel second = SignedModel.sign(first.folder(), first.keys());
    SignedModel.put(
        scenario.releaser(),
        scenario.path(),
        "README.md",
        Files.readAllBytes(second.folder().resolve("README.md")));
    second.uploadBundle(scenario.releaser(), scenario.path());
    check(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    clock.advance(Duration.ofDays(30));
    ApiResponse staleRefused = act(steward, scenario, "approve");
    ApiResponse attestedSecond = attest(auditor, engagement, second.rootDigest());
    JsonNode approved = allowed(steward, scenario, "approve", "approved");

    assertThat(attestedFirst.status()).as(attestedFirst.toString()).isEqualTo(201);
    assertThat(failedGuards(staleRefused)).containsExactly("audit_attestation");
    assertThat(auditMessage(staleRefused))
        .contains("another digest")
        .contains(first.rootDigest())
        .contains(second.rootDigest());
    assertThat(attestedSecond.status()).as(attestedSecond.toString()).isEqualTo(201);
    assertThat(approved.path("rootDigest").asText()).isEqualTo(second.rootDigest());
    assertThat(anonymous.get(scenario.path()).status()).isEqualTo(404);
    assertThat(auditor.client().get(scenario.path()).status()).isEqualTo(200);

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(scenario)))
        .containsSubsequence(
            "engagement.request",
            "engagement.accept",
            "engagement.report",
            "attestation.file",
            "release.check",
            "release.start_review",
            "attestation.file",
            "release.approve");
  }

  @Test
  void tier3Release_noEngagementThenConflictedAuditor_refusedWithTheReasonEachTime()
      throws Exception {
    Scenario scenario = draft("coder-conflict");
    SignedModel signed = checkedCoder(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    clock.advance(Duration.ofDays(30));

    ApiResponse noEngagement = act(steward, scenario, "approve");
    Auditor owner = auditor("owner");
    owner
        .client()
        .post(
            "/api/v1/me/conflicts",
            "{\"organization\": \"" + scenario.org() + "\", \"kind\": \"ownership\"}");
    ApiResponse conflictedRequest =
        scenario
            .releaser()
            .post(
                scenario.path() + "/engagements",
                "{\"auditor\": \"" + owner.client().name() + "\", \"scope\": \"audit\"}");
    Auditor auditor = auditor("auditor");
    String engagement = engagedAndReported(scenario, auditor);
    ApiResponse noAttestation = act(steward, scenario, "approve");
    assertThat(attest(auditor, engagement, signed.rootDigest()).status()).isEqualTo(201);
    String conflict =
        auditor
            .client()
            .post(
                "/api/v1/me/conflicts",
                "{\"organization\": \""
                    + scenario.org()
                    + "\", \"kind\": \"employment\", \"party\": \"firm\"}")
            .json()
            .path("id")
            .asText();
    ApiResponse conflicted = act(steward, scenario, "approve");
    auditor.client().delete("/api/v1/me/conflicts/" + conflict);
    JsonNode approved = allowed(steward, scenario, "approve", "approved");

    assertThat(failedGuards(noEngagement)).containsExactly("audit_attestation");
    assertThat(auditMessage(noEngagement)).contains("no auditor has been engaged");
    assertThat(conflictedRequest.status()).isEqualTo(409);
    assertThat(conflictedRequest.code()).isEqualTo("auditor_conflicted");
    assertThat(conflictedRequest.json().path("message").asText())
        .contains("ownership")
        .contains(scenario.org());
    assertThat(auditMessage(noAttestation)).contains("has filed no attestation");
    assertThat(auditMessage(conflicted))
        .contains("conflict of interest")
        .contains("employment")
        .contains(auditor.firm());
    assertThat(approved.path("state").asText()).isEqualTo("approved");
    assertAuditLogVerifies();
  }

  @Test
  void tier3Release_approvalWhileTheAuditorDeclaresAConflict_waitsAndIsRefused() throws Exception {
    Scenario scenario = draft("coder-race");
    SignedModel signed = checkedCoder(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    clock.advance(Duration.ofDays(30));
    Auditor auditor = auditor("racer");
    String engagement = engagedAndReported(scenario, auditor);
    assertThat(attest(auditor, engagement, signed.rootDigest()).status()).isEqualTo(201);

    ApiResponse approval =
        HeldTransaction.whileHeld(
            db,
            dialect,
            tx -> {
              // What POST /api/v1/me/conflicts does, held open.
              tx.audit().lockTree();
              String userId = tx.users().findByHandle(auditor.client().name()).orElseThrow().id();
              String orgId = tx.organizations().findBySlug(scenario.org()).orElseThrow().id();
              new ConflictRepository(tx.handle(), tx.clock())
                  .declare(
                      ConflictParty.AUDITOR,
                      userId,
                      orgId,
                      ConflictKind.EMPLOYMENT,
                      null,
                      null,
                      userId);
            },
            () -> act(steward, scenario, "approve"));

    assertThat(failedGuards(approval)).containsExactly("audit_attestation");
    assertThat(auditMessage(approval)).contains("conflict of interest");
  }
}
