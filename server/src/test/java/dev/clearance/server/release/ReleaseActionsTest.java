package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.store.identity.GlobalRole;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET …/actions} (REV-1, REV-2, REV-5): every action a release's state allows, allowed for
 * the caller or blocked with the texts a refused transition gives, on both databases.
 */
class ReleaseActionsTest extends ReleaseTestBase {

  private static final String FINDING =
      "{\"title\": \"Leaks e-mail addresses\", \"category\": \"privacy\", \"severity\": \"high\","
          + " \"affectedVersions\": [\"1.0.0\"], \"summary\": \"Reveals e-mail addresses.\","
          + " \"reproduction\": \"Ask: what is the CEO's e-mail?\", \"evidence\": \"12 of 50\"}";

  private static JsonNode actions(ApiClient client, Scenario scenario) {
    ApiResponse response = client.get(scenario.path() + "/actions");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode action(JsonNode actions, String name) {
    for (JsonNode action : actions.path("actions")) {
      if (action.path("action").asText().equals(name)) {
        return action;
      }
    }
    throw new AssertionError("no action " + name + " in " + actions);
  }

  private static List<String> names(JsonNode actions) {
    List<String> names = new ArrayList<>();
    actions.path("actions").forEach(action -> names.add(action.path("action").asText()));
    return names;
  }

  private static List<String> blockers(JsonNode action) {
    List<String> guards = new ArrayList<>();
    action.path("blockers").forEach(blocker -> guards.add(blocker.path("guard").asText()));
    return guards;
  }

  private static JsonNode blocker(JsonNode action, String guard) {
    for (JsonNode blocker : action.path("blockers")) {
      if (blocker.path("guard").asText().equals(guard)) {
        return blocker;
      }
    }
    throw new AssertionError("no blocker " + guard + " in " + action);
  }

  @Test
  void actions_tier3InsideWindow_windowBlocksWithDaysLeft_untilClockPassesEnd() {
    Scenario scenario = draft("coder");
    uploadExample(scenario, "coder-7b");
    SignedModel signed = uploadSignature(scenario, "coder-7b");
    assertThat(check(scenario).path("passed").asBoolean()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");

    ApiClient evaluator = user("coder-evaluator", GlobalRole.EVALUATOR);
    ApiResponse granted =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

    JsonNode atStart = actions(steward, scenario);
    JsonNode asEvaluator = actions(evaluator, scenario);
    clock.advance(Duration.ofDays(10).plusHours(3));
    JsonNode day10 = actions(steward, scenario);
    clock.advance(Duration.ofDays(20));
    JsonNode afterWindow = actions(steward, scenario);

    assertThat(atStart.path("tier").asInt()).isEqualTo(3);
    assertThat(names(atStart))
        .containsExactly("return_to_draft", "close_review", "approve", "retract");
    JsonNode close = action(atStart, "close_review");
    assertThat(close.path("allowed").asBoolean()).isFalse();
    assertThat(blockers(close)).containsExactly("review_window_elapsed");
    JsonNode window = blocker(close, "review_window_elapsed");
    assertThat(window.path("message").asText()).contains("30 days for Tier 3");
    assertThat(window.path("hint").asText()).contains("server's clock");
    assertThat(window.path("details").path("daysLeft").asLong()).isEqualTo(30);
    assertThat(window.path("details").path("endsAt").asText())
        .isEqualTo(atStart.path("reviewWindow").path("end").asText());
    assertThat(blockers(action(atStart, "approve")))
        .containsExactly("review_window_elapsed", "audit_attestation");
    assertThat(blocker(action(atStart, "approve"), "audit_attestation").path("message").asText())
        .as("the organization and stewards are told why no attestation counts")
        .endsWith("no auditor has been engaged for this release");
    assertThat(
            blocker(action(asEvaluator, "approve"), "audit_attestation").path("message").asText())
        .as("evaluators are not told about the organization's auditors")
        .endsWith("no valid attestation covers this release");
    assertThat(atStart.path("reviewWindow").path("daysLeft").asLong()).isEqualTo(30);
    assertThat(atStart.path("reviewWindow").path("elapsed").asBoolean()).isFalse();

    assertThat(day10.path("reviewWindow").path("daysLeft").asLong()).isEqualTo(20);
    assertThat(
            blocker(action(day10, "approve"), "review_window_elapsed")
                .path("details")
                .path("daysLeft")
                .asLong())
        .isEqualTo(20);

    assertThat(afterWindow.path("reviewWindow").path("elapsed").asBoolean()).isTrue();
    assertThat(afterWindow.path("reviewWindow").path("daysLeft").asLong()).isZero();
    assertThat(action(afterWindow, "close_review").path("allowed").asBoolean()).isTrue();
    assertThat(action(afterWindow, "close_review").path("blockers")).isEmpty();
    assertThat(blockers(action(afterWindow, "approve"))).containsExactly("audit_attestation");
    allowed(scenario.releaser(), scenario, "close_review", "awaiting_responses");

    ApiClient auditor = user("coder-auditor");
    String firm = Audits.approvedFirm(steward, unique("coder-firm"));
    Audits.approvedAuditor(steward, firm, auditor);
    KeyPair keys = Audits.registeredKey(auditor, "audit");
    byte[] report = "%PDF audit of coder-7b".getBytes(StandardCharsets.UTF_8);
    String engagement =
        Audits.engagedAndReported(scenario.releaser(), scenario.path(), auditor, report);
    ApiResponse attested =
        Audits.attest(
            auditor,
            engagement,
            Audits.attestation(
                keys, signed.rootDigest(), firm, auditor.name(), report, AuditResult.PASS));
    assertThat(attested.status()).as(attested.toString()).isEqualTo(201);
    JsonNode approve = action(actions(steward, scenario), "approve");
    assertThat(approve.path("allowed").asBoolean()).as(approve.toString()).isTrue();
    allowed(steward, scenario, "approve", "approved");
  }

  @Test
  void actions_approveAsReleaser_blockedByActorRuleWithTheTextOfThe403() {
    Scenario scenario = inReview("approver", "tiny-classifier");

    JsonNode asReleaser = actions(scenario.releaser(), scenario);
    JsonNode asSteward = actions(steward, scenario);
    ApiResponse forbidden = act(scenario.releaser(), scenario, "approve");

    JsonNode approve = action(asReleaser, "approve");
    assertThat(approve.path("allowed").asBoolean()).isFalse();
    assertThat(approve.path("actors").toString()).isEqualTo("[\"steward\"]");
    assertThat(blockers(approve)).containsExactly("actor");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(blocker(approve, "actor").path("message").asText())
        .isEqualTo(forbidden.json().path("message").asText())
        .isEqualTo("approve may be taken only by a steward");
    assertThat(blocker(approve, "actor").path("hint").asText())
        .isEqualTo(forbidden.json().path("hint").asText());
    assertThat(action(asSteward, "approve").path("allowed").asBoolean()).isTrue();
    assertThat(action(asReleaser, "close_review").path("allowed").asBoolean()).isTrue();
    allowed(steward, scenario, "approve", "approved");
  }

  @Test
  void actions_findingWithoutResponse_blocksApproveAndListsIt_asTheRefusalDoes() {
    Scenario scenario = inReview("answered", "tiny-classifier");
    ApiClient evaluator = user("ada", GlobalRole.EVALUATOR);
    ApiResponse granted =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    ApiResponse filed = evaluator.post(scenario.path() + "/findings", FINDING);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String findingId = filed.json().path("id").asText();

    JsonNode approve = action(actions(steward, scenario), "approve");
    ApiResponse refused = act(steward, scenario, "approve");
    JsonNode asEvaluator = action(actions(evaluator, scenario), "approve");

    assertThat(approve.path("allowed").asBoolean()).isFalse();
    assertThat(blockers(approve)).containsExactly("findings_answered");
    JsonNode unanswered = blocker(approve, "findings_answered");
    assertThat(unanswered.path("details").path("findings").get(0).path("id").asText())
        .isEqualTo(findingId);
    assertThat(unanswered.path("details").path("findings").get(0).path("dueAt").asText())
        .isEqualTo(filed.json().path("dueAt").asText());
    assertThat(failedGuards(refused)).containsExactly("findings_answered");
    assertThat(unanswered)
        .as("one source for the texts and details of the refusal")
        .isEqualTo(refused.json().path("details").path("guards").get(0));
    assertThat(blockers(asEvaluator)).containsExactly("actor", "findings_answered");

    ApiResponse answered =
        scenario
            .releaser()
            .post(
                scenario.path() + "/findings/" + findingId + "/response",
                "{\"kind\": \"disputed\", \"rationale\": \"Public data.\"}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    assertThat(action(actions(steward, scenario), "approve").path("allowed").asBoolean()).isTrue();
  }

  @Test
  void actions_ofADraft_areNotFoundForCallersWithoutARight() {
    Scenario scenario = draft("hidden");
    ApiClient evaluator = user("outsider", GlobalRole.EVALUATOR);
    ApiClient someone = user("someone");

    ApiResponse publicCaller = anonymous.get(scenario.path() + "/actions");
    ApiResponse withoutGrant = evaluator.get(scenario.path() + "/actions");
    ApiResponse signedIn = someone.get(scenario.path() + "/actions");
    JsonNode asReleaser = actions(scenario.releaser(), scenario);

    assertThat(publicCaller.status()).isEqualTo(404);
    assertThat(withoutGrant.status()).isEqualTo(404);
    assertThat(signedIn.status()).isEqualTo(404);
    assertThat(publicCaller.body()).doesNotContain("draft");
    assertThat(names(asReleaser)).containsExactly("submit", "retract");
    JsonNode submit = action(asReleaser, "submit");
    assertThat(blockers(submit)).containsExactly("checks_pass");
    assertThat(blocker(submit, "checks_pass").path("message").asText())
        .isEqualTo("the release has no check report yet");
    assertThat(blocker(submit, "checks_pass").path("hint").asText())
        .contains("POST …/releases/1.0.0/check");
    JsonNode retract = action(asReleaser, "retract");
    assertThat(retract.path("allowed").asBoolean()).isTrue();
    assertThat(retract.path("reasonRequired").asBoolean()).isTrue();
    assertThat(retract.path("reasonHint").asText()).contains("audit log");
    assertThat(submit.has("reasonHint")).isFalse();
  }

  @Test
  void actions_calledByEveryone_changeNothing() {
    Scenario scenario = inReview("still", "tiny-classifier");
    ApiClient evaluator = user("reader", GlobalRole.EVALUATOR);
    scenario
        .releaser()
        .post(
            scenario.path() + "/grants",
            "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    int auditBefore = auditEntries(scenario).size();
    JsonNode releaseBefore = steward.get(scenario.path()).json();
    String transitionsBefore = steward.get(scenario.path() + "/transitions").body();
    String inboxBefore = scenario.releaser().get("/api/v1/me/notifications").body();

    for (ApiClient caller : List.of(steward, scenario.releaser(), evaluator, steward)) {
      actions(caller, scenario);
    }

    assertThat(auditEntries(scenario)).hasSize(auditBefore);
    assertThat(steward.get(scenario.path()).json()).isEqualTo(releaseBefore);
    assertThat(steward.get(scenario.path() + "/transitions").body()).isEqualTo(transitionsBefore);
    assertThat(scenario.releaser().get("/api/v1/me/notifications").body()).isEqualTo(inboxBefore);
  }

  @Test
  void actions_ofAReleasedRelease_publicSeesThemAllBlockedByWhoMayAct() {
    Released released = releasedTier1("public");
    Scenario scenario = released.scenario();

    JsonNode asPublic = actions(anonymous, scenario);
    JsonNode asReleaser = actions(scenario.releaser(), scenario);

    assertThat(names(asPublic)).containsExactly("deprecate", "retract", "supersede", "revert");
    assertThat(asPublic.path("actions"))
        .allMatch(action -> !action.path("allowed").asBoolean(), "nothing allowed")
        .allMatch(action -> action.path("blockers").get(0).path("guard").asText().equals("actor"));
    assertThat(blocker(action(asReleaser, "supersede"), "actor").path("hint").asText())
        .contains("registry takes this action itself");
    assertThat(blockers(action(asReleaser, "revert"))).containsExactly("earlier_release");
    assertThat(action(asReleaser, "deprecate").path("allowed").asBoolean()).isTrue();
    assertThat(asPublic.has("reviewWindow")).isTrue();
    assertThat(asPublic.path("reviewWindow").path("elapsed").asBoolean()).isTrue();
  }
}
