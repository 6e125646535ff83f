package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.audit.StoredEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Releases through their life cycle over HTTP (REV-1, REV-2), on both databases. */
class ReleaseLifecycleTest extends ReleaseTestBase {

  /** Draft to released for a Tier 1 dossier (review window 0 days, no audit, no staging). */
  private Scenario releaseTier1(Scenario scenario) {
    uploadExample(scenario, "tiny-classifier");
    uploadSignature(scenario, "tiny-classifier");
    JsonNode report = check(scenario);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
    return scenario;
  }

  @Test
  void tier1Release_draftToReleased_recordsEveryTransitionAndAuditEvent() {
    Scenario scenario = draft("tiny");
    uploadExample(scenario, "tiny-classifier");
    uploadSignature(scenario, "tiny-classifier");

    JsonNode report = check(scenario);
    JsonNode checked = scenario.releaser().get(scenario.path()).json();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    JsonNode inReview = allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    JsonNode released = allowed(scenario.releaser(), scenario, "release", "released");

    assertThat(report.path("tier").path("tier").asInt()).isEqualTo(1);
    assertThat(report.path("policy").path("id").asText()).isEqualTo("rrf");
    assertThat(checked.path("tier").asInt()).isEqualTo(1);
    assertThat(checked.path("policy").path("version").asText())
        .isEqualTo(report.path("policy").path("version").asText());
    assertThat(checked.path("rootDigest").asText()).hasSize(64);
    assertThat(inReview.path("windowStart").asText())
        .isEqualTo(inReview.path("windowEnd").asText());
    assertThat(released.path("recommended").asBoolean()).isTrue();
    List<String> history =
        anonymous.get(scenario.path() + "/transitions").json().findValuesAsText("to");
    assertThat(history).containsExactly("submitted", "in_review", "approved", "released");
    assertThat(auditActions(scenario))
        .containsExactly(
            "release.create",
            "release.check",
            "release.submit",
            "release.start_review",
            "release.approve",
            "release.release");
    assertThat(anonymous.get(scenario.modelPath()).json().path("recommendedVersion").asText())
        .isEqualTo("1.0.0");
  }

  @Test
  void auditEvents_beforeRelease_publicLeafHidesNamesAndReasons_revealedOnRelease() {
    Scenario scenario = draft("secretive");
    uploadExample(scenario, "tiny-classifier");
    uploadSignature(scenario, "tiny-classifier");
    check(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    ApiResponse returned =
        act(steward, scenario, "return_to_draft", "the eval section cites a private benchmark");
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);

    List<StoredEntry> before = auditEntries(scenario);
    assertThat(before).isNotEmpty();
    for (StoredEntry entry : before) {
      assertThat(entry.leaf()).doesNotContain(scenario.model()).doesNotContain("private benchmark");
      assertThat(entry.revealed().orElseThrow().revealed()).isFalse();
    }
    String hiddenId = releaseId(scenario);
    List<StoredEntry> publicLog = tx(tx -> tx.audit().entries(0, 100_000));
    assertThat(publicLog)
        .filteredOn(entry -> entry.subject().equals(hiddenId))
        .isNotEmpty()
        .allMatch(entry -> entry.revealed().isEmpty());

    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");

    String id = releaseId(scenario);
    List<StoredEntry> publicEntries =
        tx(tx -> tx.audit().entries(0, 100_000)).stream()
            .filter(entry -> entry.subject().equals(id))
            .toList();
    assertThat(publicEntries).allMatch(entry -> entry.revealed().isPresent());
    assertThat(publicEntries)
        .anyMatch(entry -> entry.revealed().get().details().contains("private benchmark"));
  }

  @Test
  void tier3Release_approveBeforeWindowEnds_refused_thenOnlyAttestationMissingAfter30Days() {
    Scenario scenario = draft("coder");
    uploadExample(scenario, "coder-7b");
    uploadSignature(scenario, "coder-7b");
    JsonNode report = check(scenario);
    assertThat(report.path("tier").path("tier").asInt()).isEqualTo(3);
    if (!report.path("passed").asBoolean()) {
      ApiResponse waived =
          steward.post(
              scenario.path() + "/waivers",
              "{\"guard\": \"checks_pass\", \"reason\": \"accepted for the scenario\"}");
      assertThat(waived.status()).as(waived.toString()).isEqualTo(201);
    }
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    JsonNode inReview = allowed(steward, scenario, "start_review", "in_review");

    List<String> early = failedGuards(act(steward, scenario, "approve"));
    List<String> earlyClose = failedGuards(act(scenario.releaser(), scenario, "close_review"));
    clock.advance(Duration.ofDays(29));
    List<String> dayBefore = failedGuards(act(steward, scenario, "approve"));
    clock.advance(Duration.ofDays(1));
    // Issue 6 supplies audit attestations; until then Tier 3 approval stops at that guard alone.
    List<String> after = failedGuards(act(steward, scenario, "approve"));
    JsonNode closed = allowed(scenario.releaser(), scenario, "close_review", "awaiting_responses");

    assertThat(
            Duration.between(
                java.time.Instant.parse(inReview.path("windowStart").asText()),
                java.time.Instant.parse(inReview.path("windowEnd").asText())))
        .isEqualTo(Duration.ofDays(30));
    assertThat(early).containsExactly("review_window_elapsed", "audit_attestation");
    assertThat(earlyClose).containsExactly("review_window_elapsed");
    assertThat(dayBefore).containsExactly("review_window_elapsed", "audit_attestation");
    assertThat(after).containsExactly("audit_attestation");
    assertThat(closed.path("state").asText()).isEqualTo("awaiting_responses");
  }

  @Test
  void release_windowGuardMessage_namesStartEndAndServerTime() {
    Scenario scenario = draft("coder-message");
    uploadExample(scenario, "coder-7b");
    uploadSignature(scenario, "coder-7b");
    check(scenario);
    steward.post(
        scenario.path() + "/waivers",
        "{\"guard\": \"checks_pass\", \"reason\": \"accepted for the scenario\"}");
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");

    ApiResponse refused = act(steward, scenario, "approve");

    JsonNode guard = refused.json().path("details").path("guards").get(0);
    assertThat(refused.json().path("message").asText())
        .isEqualTo("approve refused: 2 guards failed");
    assertThat(refused.json().path("hint").asText())
        .isEqualTo("Resolve the failed guards, then repeat the action.");
    assertThat(guard.path("guard").asText()).isEqualTo("review_window_elapsed");
    assertThat(guard.path("message").asText())
        .contains("30 days for Tier 3")
        .contains("the server's time is " + clock.instant());
  }

  @Test
  void deprecateAndRetract_withReasons_areRecordedAndNeedReasons() {
    Scenario deprecated = releaseTier1(draft("old"));
    Scenario retracted = releaseTier1(draft("bad"));

    List<String> noReason = failedGuards(act(deprecated.releaser(), deprecated, "deprecate"));
    ApiResponse deprecation =
        act(deprecated.releaser(), deprecated, "deprecate", "superseded by a safer fine-tune");
    ApiResponse retraction =
        act(steward, retracted, "retract", "the card misstates the training data");

    assertThat(noReason).containsExactly("reason");
    assertThat(deprecation.status()).as(deprecation.toString()).isEqualTo(200);
    assertThat(deprecation.json().path("state").asText()).isEqualTo("deprecated");
    assertThat(retraction.json().path("state").asText()).isEqualTo("retracted");
    assertThat(anonymous.get(retracted.path()).status()).isEqualTo(200);
    JsonNode last = anonymous.get(retracted.path() + "/transitions").json().path("items");
    assertThat(last.get(last.size() - 1).path("reason").asText())
        .isEqualTo("the card misstates the training data");
    assertThat(auditActions(deprecated)).endsWith("release.deprecate");
    assertThat(auditActions(retracted)).endsWith("release.retract");
  }

  @Test
  void releaseOfNewerVersion_supersedesOlder_andRevertMovesRecommendationBack() {
    Scenario first = releaseTier1(draft("versions"));
    Scenario second = first.version("1.1.0");
    createDraft(second);
    releaseTier1(second);

    JsonNode firstAfterSecond = anonymous.get(first.path()).json();
    List<String> revertNoReason = failedGuards(act(first.releaser(), first, "revert"));
    ApiResponse reverted =
        act(second.releaser(), second, "revert", "1.1.0 regressed on the toxicity benchmark");

    assertThat(firstAfterSecond.path("state").asText()).isEqualTo("superseded");
    assertThat(firstAfterSecond.path("recommended").asBoolean()).isFalse();
    assertThat(revertNoReason).containsExactly("state");
    assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
    assertThat(reverted.json().path("state").asText()).isEqualTo("reverted");
    assertThat(reverted.json().path("recommended").asBoolean()).isFalse();
    assertThat(anonymous.get(first.path()).json().path("recommended").asBoolean()).isTrue();
    assertThat(anonymous.get(first.modelPath()).json().path("recommendedVersion").asText())
        .isEqualTo("1.0.0");
    assertThat(auditActions(first)).contains("release.supersede");
  }

  @Test
  void revert_withoutEarlierRelease_refusedNamingEarlierRelease() {
    Scenario only = releaseTier1(draft("lonely"));

    List<String> guards = failedGuards(act(only.releaser(), only, "revert", "regression"));

    assertThat(guards).containsExactly("earlier_release");
  }

  @Test
  void staleIfMatch_returns412_andCurrentIfMatchApplies() {
    Scenario scenario = draft("etag");
    uploadExample(scenario, "tiny-classifier");
    check(scenario);
    ApiResponse read = scenario.releaser().get(scenario.path());
    String etag = read.headers().firstValue("ETag").orElseThrow();
    String revision = etag.replace("\"", "");
    byte[] body = "{\"action\": \"submit\"}".getBytes();

    ApiResponse stale =
        scenario
            .releaser()
            .send(
                "POST",
                scenario.path() + "/transitions",
                body,
                "application/json",
                ifMatch(String.valueOf(Long.parseLong(revision) - 1)));
    ApiResponse current =
        scenario
            .releaser()
            .send(
                "POST",
                scenario.path() + "/transitions",
                body,
                "application/json",
                ifMatch(revision));

    assertThat(read.json().path("revision").asText()).isEqualTo(revision);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(stale.code()).isEqualTo("stale_version");
    assertThat(current.status()).as(current.toString()).isEqualTo(200);
    assertThat(current.headers().firstValue("ETag").orElseThrow())
        .isEqualTo("\"" + current.json().path("revision").asText() + "\"");
  }

  @Test
  void refusedTransitions_answer409NamingTheGuard_andChangeNothing() {
    Scenario scenario = draft("refused");
    ApiClient releaser = scenario.releaser();

    List<String> noReport = failedGuards(act(releaser, scenario, "submit"));
    List<String> wrongState = failedGuards(act(releaser, scenario, "release"));
    uploadExample(scenario, "tiny-classifier");
    check(scenario);
    releaser.putBytes(scenario.filePath("NOTICE.txt"), "added after the check".getBytes());
    List<String> changedSinceCheck = failedGuards(act(releaser, scenario, "submit"));
    check(scenario);
    allowed(releaser, scenario, "submit", "submitted");
    List<String> approveTooEarly = failedGuards(act(steward, scenario, "approve"));
    List<String> returnWithoutReason = failedGuards(act(steward, scenario, "return_to_draft"));

    assertThat(noReport).containsExactly("checks_pass");
    assertThat(wrongState).containsExactly("state");
    assertThat(changedSinceCheck).containsExactly("checks_pass");
    assertThat(approveTooEarly).containsExactly("state");
    assertThat(returnWithoutReason).containsExactly("reason");
    assertThat(scenario.releaser().get(scenario.path()).json().path("state").asText())
        .isEqualTo("submitted");
    assertThat(auditActions(scenario))
        .filteredOn(action -> action.startsWith("release.submit"))
        .hasSize(1);
  }

  @Test
  void failedChecks_blockSubmit_untilStewardWaivesWithReason() {
    Scenario scenario = draft("incomplete");
    uploadExample(scenario, "incomplete-model");
    JsonNode report = check(scenario);

    List<String> refused = failedGuards(act(scenario.releaser(), scenario, "submit"));
    ApiResponse notWaivable =
        steward.post(
            scenario.path() + "/waivers",
            "{\"guard\": \"review_window_elapsed\", \"reason\": \"x\"}");
    ApiResponse noReason =
        steward.post(scenario.path() + "/waivers", "{\"guard\": \"checks_pass\"}");
    ApiResponse byReleaser =
        scenario
            .releaser()
            .post(scenario.path() + "/waivers", "{\"guard\": \"checks_pass\", \"reason\": \"x\"}");
    ApiResponse waived =
        steward.post(
            scenario.path() + "/waivers",
            "{\"guard\": \"checks_pass\", \"reason\": \"the missing section is in the paper\"}");
    JsonNode submitted = allowed(scenario.releaser(), scenario, "submit", "submitted");

    assertThat(report.path("passed").asBoolean()).isFalse();
    assertThat(refused).containsExactly("checks_pass");
    assertThat(notWaivable.status()).isEqualTo(400);
    assertThat(notWaivable.json().path("message").asText()).contains("review_window_elapsed");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(byReleaser.status()).isEqualTo(403);
    assertThat(waived.status()).as(waived.toString()).isEqualTo(201);
    assertThat(submitted.path("submittedAt").asText()).isNotEmpty();
    assertThat(auditActions(scenario)).contains("release.waive");
  }
}
