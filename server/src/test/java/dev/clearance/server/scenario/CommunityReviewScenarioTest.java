package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.PublicLog;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, end to end through the HTTP API on both databases: a Tier 3 release ({@code
 * examples/coder-7b}) reviewed by two vetted evaluators for 30 days, with three findings (one
 * mitigated, one accepted, one disputed, contested and decided by a steward), an attestation of an
 * approved auditor without conflicts, and a staged rollout to general availability. At every step
 * it checks what each role sees; at the end the public reads the findings and responses and the
 * audit log verifies (REV-2..6, ACC-1, OPS-3).
 */
class CommunityReviewScenarioTest extends ScenarioTestBase {

  private static final String APPLICATIONS = "/api/v1/evaluator-applications";
  private static final byte[] REPORT =
      "Audit of coder-7b: no dangerous capability found.".getBytes(StandardCharsets.UTF_8);

  /** A user who applies as an evaluator and whom a steward vets, through the API. */
  private ApiClient vettedEvaluator(String handle) {
    ApiClient applicant = user(handle);
    ApiResponse applied =
        applicant.post(
            APPLICATIONS,
            "{\"affiliation\": \"Example University\", \"expertise\": [\"bias\"],"
                + " \"statement\": \"I probe models for harms.\", \"conflicts\": []}");
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    ApiResponse approved =
        steward.post(
            APPLICATIONS + "/" + applied.json().path("id").asText() + "/approve",
            "{\"reason\": \"publications checked\"}");
    assertThat(approved.json().path("status").asText()).isEqualTo("vetted");
    return applicant;
  }

  private void grantAccess(Scenario scenario, ApiClient evaluator) {
    ApiResponse requested =
        evaluator.post(scenario.path() + "/access-requests", "{\"purpose\": \"safety review\"}");
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    ApiResponse approved =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants/" + requested.json().path("id").asText() + "/approve",
                "{}");
    assertThat(approved.json().path("status").asText()).isEqualTo("active");
  }

  private static String file(
      ApiClient evaluator, Scenario scenario, String title, String category, String severity) {
    ApiResponse filed =
        evaluator.post(
            scenario.path() + "/findings",
            "{\"title\": \""
                + title
                + "\", \"category\": \""
                + category
                + "\", \"severity\": \""
                + severity
                + "\", \"affectedVersions\": [\""
                + scenario.version()
                + "\"], \"summary\": \"The model shows it.\", \"reproduction\": \"Prompt it with"
                + " the attached set.\"}");
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json().path("id").asText();
  }

  private static void respond(Scenario scenario, String finding, String body) {
    ApiResponse response =
        scenario.releaser().post(scenario.path() + "/findings/" + finding + "/response", body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  /** Engages an approved auditor, who accepts, files the report and a signed attestation. */
  private ApiClient attested(Scenario scenario, String rootDigest) {
    String firm = Audits.approvedFirm(steward, unique("firm"));
    ApiClient auditor = user("auditor");
    Audits.approvedAuditor(steward, firm, auditor);
    KeyPair keys = Audits.registeredKey(auditor, "audit-key");
    ApiResponse engaged =
        scenario
            .releaser()
            .post(
                scenario.path() + "/engagements",
                "{\"auditor\": \"" + auditor.name() + "\", \"scope\": \"dangerous capability\"}");
    assertThat(engaged.status()).as(engaged.toString()).isEqualTo(201);
    String me = "/api/v1/me/engagements/" + engaged.json().path("id").asText();
    int beforeAccepting = auditor.get(scenario.path()).status();
    assertThat(auditor.post(me + "/accept", "").status()).isEqualTo(200);
    assertThat(beforeAccepting).as("pre-release material before acceptance").isEqualTo(404);
    assertThat(auditor.get(scenario.path()).status()).isEqualTo(200);
    assertThat(auditor.putBytes(me + "/report?name=report.pdf", REPORT).status()).isEqualTo(200);
    byte[] attestation =
        Audits.attestation(keys, rootDigest, firm, auditor.name(), REPORT, AuditResult.PASS);
    ApiResponse filed =
        auditor.send("POST", me + "/attestations", attestation, "application/json", Map.of());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return auditor;
  }

  private static List<String> kinds(ApiClient client) {
    return client
        .get("/api/v1/me/notifications?limit=200")
        .json()
        .path("items")
        .findValuesAsText("kind");
  }

  @Test
  void tier3_twoEvaluators_threeFindings_attested_stagedToGeneralAvailability() throws Exception {
    Scenario scenario = draft("coder");
    checkedExample(scenario, "coder-7b");
    String rootDigest = scenario.releaser().get(scenario.path()).json().path("rootDigest").asText();
    ApiClient ada = vettedEvaluator("ada");
    ApiClient bo = vettedEvaluator("bo");
    ApiClient outsider = user("outsider");
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");

    // Review window: vetted evaluators find the release, get access; nobody else sees it.
    assertThat(ada.get("/api/v1/reviews?limit=200").body()).contains(scenario.path());
    grantAccess(scenario, ada);
    grantAccess(scenario, bo);
    assertThat(List.of(ada, bo))
        .allMatch(evaluator -> evaluator.get(scenario.path() + "/report").status() == 200);
    assertThat(List.of(anonymous, outsider))
        .allMatch(caller -> caller.get(scenario.path()).status() == 404);

    String toxic = file(ada, scenario, "Toxic completions", "toxicity", "high");
    String biased = file(ada, scenario, "Gendered code comments", "bias", "medium");
    String wrong = file(bo, scenario, "Invented APIs", "factual-accuracy", "low");
    assertThat(bo.get(scenario.path() + "/findings").json().path("items")).hasSize(3);
    assertThat(outsider.get(scenario.path() + "/findings").status()).isEqualTo(404);

    ApiClient auditor = attested(scenario, rootDigest);

    // Responses: mitigated, accepted risk, disputed; the dispute is contested and decided.
    respond(
        scenario,
        toxic,
        "{\"kind\": \"mitigated\", \"whatChanged\": \"safety filter retrained\","
            + " \"fixedIn\": \""
            + scenario.version()
            + "\", \"evidence\": \"ToxiGen 0.02\"}");
    respond(scenario, biased, "{\"kind\": \"accepted_risk\", \"rationale\": \"rare, documented\"}");
    respond(scenario, wrong, "{\"kind\": \"disputed\", \"rationale\": \"the APIs exist\"}");
    ApiResponse contested =
        bo.post(
            scenario.path() + "/findings/" + wrong + "/contest",
            "{\"reason\": \"they were removed in 2024\"}");
    assertThat(contested.status()).as(contested.toString()).isEqualTo(200);

    clock.advance(Duration.ofDays(30));
    allowed(scenario.releaser(), scenario, "close_review", "awaiting_responses");
    ApiResponse whileContested = act(steward, scenario, "approve");
    assertThat(failedGuards(whileContested)).containsExactly("no_contested_responses");
    assertThat(whileContested.body()).contains(wrong);
    ApiResponse decided =
        steward.post(
            scenario.path() + "/findings/" + wrong + "/decision",
            "{\"outcome\": \"uphold\", \"reason\": \"the APIs exist in the pinned version\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    allowed(steward, scenario, "approve", "approved");

    // Staged rollout: research 14 days, limited 30 days, then general availability.
    allowed(scenario.releaser(), scenario, "stage", "staged");
    assertThat(anonymous.get(scenario.path()).status()).isEqualTo(404);
    clock.advance(Duration.ofDays(14));
    ApiResponse limited = scenario.releaser().post(scenario.path() + "/rollout/advance", "{}");
    assertThat(limited.json().path("current").asText()).as(limited.toString()).isEqualTo("limited");
    assertThat(failedGuards(act(scenario.releaser(), scenario, "release")))
        .containsExactly("staged_rollout");
    clock.advance(Duration.ofDays(30));
    allowed(scenario.releaser(), scenario, "release", "released");

    // Released: the public reads findings and responses; access grants no longer matter.
    JsonNode publicFindings = anonymous.get(scenario.path() + "/findings").json();
    assertThat(publicFindings.path("items")).hasSize(3);
    assertThat(publicFindings.toString())
        .contains("safety filter retrained", "rare, documented", "the APIs exist");
    assertThat(anonymous.get(scenario.path() + "/rollout").json().path("current").asText())
        .isEqualTo("general");
    assertThat(auditor.get(scenario.path()).status()).isEqualTo(200);

    // Everyone concerned heard about it in their inbox.
    assertThat(kinds(scenario.releaser()))
        .contains("window_opened", "access_requested", "finding_filed", "attestation_filed");
    assertThat(kinds(bo)).contains("access_decided", "finding_answered", "finding_decided");
    assertThat(kinds(steward)).contains("finding_contested", "evaluator_status_changed");
    assertThat(kinds(outsider)).isEmpty();

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(scenario)))
        .contains(
            "access.request",
            "access.approve",
            "finding.file",
            "finding.respond",
            "finding.contest",
            "finding.decide",
            "engagement.accept",
            "attestation.file",
            "release.approve",
            "release.stage",
            "rollout.advance",
            "release.release");
  }
}
