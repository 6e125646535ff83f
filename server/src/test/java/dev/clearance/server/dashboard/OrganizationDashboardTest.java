package dev.clearance.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organization dashboard (issue 7) through the HTTP API on both databases: releases by state,
 * each with the blockers of its next actions, its findings, audit attestation, review window and
 * rollout; and the organization-wide lists of what waits for it.
 */
class OrganizationDashboardTest extends ReleaseTestBase {

  private static final String FINDING =
      "{\"title\": \"Leaks e-mail addresses\", \"category\": \"privacy\", \"severity\": \"high\","
          + " \"affectedVersions\": [\"1.0.0\"], \"summary\": \"Reveals e-mail addresses.\","
          + " \"reproduction\": \"Ask: what is the CEO's e-mail?\", \"evidence\": \"12 of 50\"}";

  /** A new model of {@code first}'s organization with a draft release {@code 1.0.0}. */
  private Scenario another(Scenario first, String name) {
    Scenario other = new Scenario(first.org(), unique(name), "1.0.0", first.releaser());
    assertThat(first.releaser().put(other.modelPath(), "{}").status()).isEqualTo(201);
    createDraft(other);
    return other;
  }

  /** Uploads and signs {@code example}, checks it, submits it and starts its review. */
  private void intoReview(Scenario scenario, String example) {
    uploadExample(scenario, example);
    uploadSignature(scenario, example);
    assertThat(check(scenario).path("passed").asBoolean()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
  }

  private ApiClient granted(Scenario scenario, String handle) {
    ApiClient evaluator = user(handle, GlobalRole.EVALUATOR);
    ApiResponse grant =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
    return evaluator;
  }

  private static JsonNode dashboard(ApiClient client, String org) {
    ApiResponse response = client.get("/api/v1/orgs/" + org + "/dashboard");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static List<String> states(JsonNode dashboard) {
    List<String> states = new ArrayList<>();
    dashboard.path("groups").forEach(group -> states.add(group.path("state").asText()));
    return states;
  }

  private static JsonNode release(JsonNode dashboard, Scenario scenario) {
    for (JsonNode group : dashboard.path("groups")) {
      for (JsonNode release : group.path("releases")) {
        if (release.path("model").asText().equals(scenario.model())) {
          return release;
        }
      }
    }
    throw new AssertionError("no release of " + scenario.model() + " in " + dashboard);
  }

  private static JsonNode next(JsonNode release, String action) {
    for (JsonNode next : release.path("next")) {
      if (next.path("action").asText().equals(action)) {
        return next;
      }
    }
    throw new AssertionError("no next action " + action + " in " + release);
  }

  private static List<String> blockers(JsonNode action) {
    List<String> guards = new ArrayList<>();
    action.path("blockers").forEach(blocker -> guards.add(blocker.path("guard").asText()));
    return guards;
  }

  @Test
  void dashboard_releasesByState_eachWithWhatBlocksIt_asTheServersClockMoves() {
    Released released = releasedTier1("dash");
    Scenario shipped = released.scenario();
    Scenario draft = another(shipped, "draft");
    Scenario coder = another(shipped, "coder");
    intoReview(coder, "coder-7b");
    Scenario tiny = another(shipped, "tiny");
    intoReview(tiny, "tiny-classifier");
    ApiResponse filed = granted(tiny, "ada").post(tiny.path() + "/findings", FINDING);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);

    JsonNode atStart = dashboard(shipped.releaser(), shipped.org());
    JsonNode asSteward = dashboard(steward, shipped.org());
    clock.advance(Duration.ofDays(15));
    JsonNode day15 = dashboard(shipped.releaser(), shipped.org());
    clock.advance(Duration.ofDays(15));
    JsonNode day30 = dashboard(shipped.releaser(), shipped.org());

    assertThat(states(atStart)).containsExactly("draft", "in_review", "released");
    assertThat(atStart.path("groups").get(1).path("count").asInt()).isEqualTo(2);

    JsonNode drafted = release(atStart, draft);
    assertThat(drafted.path("next")).hasSize(1);
    assertThat(blockers(next(drafted, "submit"))).containsExactly("checks_pass");

    JsonNode tier3 = release(atStart, coder);
    assertThat(tier3.path("tier").asInt()).isEqualTo(3);
    assertThat(blockers(next(tier3, "close_review"))).containsExactly("review_window_elapsed");
    assertThat(blockers(next(tier3, "approve")))
        .containsExactly("actor", "review_window_elapsed", "audit_attestation");
    assertThat(tier3.path("reviewWindow").path("daysLeft").asLong()).isEqualTo(30);
    assertThat(tier3.path("audit").path("attested").asBoolean()).isFalse();
    assertThat(tier3.path("audit").path("problem").asText())
        .isEqualTo("no auditor has been engaged for this release");
    assertThat(tier3.path("findings").path("open").asInt()).isZero();

    JsonNode tier1 = release(atStart, tiny);
    assertThat(blockers(next(tier1, "approve"))).containsExactly("actor", "findings_answered");
    assertThat(tier1.path("findings").path("open").asInt()).isEqualTo(1);
    assertThat(tier1.path("findings").path("overdue").asInt()).isZero();
    assertThat(tier1.path("findings").path("nextDueAt").asText())
        .isEqualTo(filed.json().path("dueAt").asText());
    assertThat(tier1.has("audit")).as("Tier 1 needs no audit").isFalse();
    assertThat(blockers(next(release(asSteward, tiny), "approve")))
        .containsExactly("findings_answered");

    JsonNode public1 = release(atStart, shipped);
    assertThat(public1.path("state").asText()).isEqualTo("released");
    assertThat(public1.path("recommended").asBoolean()).isTrue();
    assertThat(public1.path("next")).isEmpty();
    assertThat(public1.has("findings")).isFalse();

    assertThat(release(day15, tiny).path("findings").path("overdue").asInt()).isEqualTo(1);
    assertThat(release(day15, coder).path("reviewWindow").path("daysLeft").asLong()).isEqualTo(15);
    JsonNode tier3Day30 = release(day30, coder);
    assertThat(next(tier3Day30, "close_review").path("allowed").asBoolean()).isTrue();
    assertThat(blockers(next(tier3Day30, "approve"))).containsExactly("actor", "audit_attestation");
    assertThat(tier3Day30.path("reviewWindow").path("elapsed").asBoolean()).isTrue();
  }

  @Test
  void dashboard_onlyForTheOrganizationAndStewards_withCheckedParameters() {
    Scenario scenario = draft("guarded");
    Scenario second = another(scenario, "second");
    ApiClient rival = member(organization("rival"), OrgRole.ADMIN, "rival");
    String path = "/api/v1/orgs/" + scenario.org() + "/dashboard";

    ApiResponse firstPage = scenario.releaser().get(path + "?state=draft&limit=1");
    ApiResponse secondPage =
        scenario
            .releaser()
            .get(
                path
                    + "?state=draft&limit=1&after="
                    + firstPage.json().at("/groups/0/next").asText());

    assertThat(anonymous.get(path).status()).isEqualTo(401);
    assertThat(rival.get(path).status()).isEqualTo(403);
    assertThat(user("nobody").get(path).status()).isEqualTo(403);
    assertThat(user("vetted", GlobalRole.EVALUATOR).get(path).status()).isEqualTo(403);
    assertThat(steward.get(path).status()).isEqualTo(200);
    assertThat(steward.get("/api/v1/orgs/no-such-org/dashboard").status()).isEqualTo(404);
    ApiResponse badState = scenario.releaser().get(path + "?state=shipped");
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.json().path("details").path("parameter").asText()).isEqualTo("state");
    assertThat(badState.json().path("message").asText()).contains("in_review");
    assertThat(scenario.releaser().get(path + "?after=abc").status()).isEqualTo(400);
    assertThat(firstPage.json().at("/groups/0/count").asInt()).isEqualTo(2);
    assertThat(firstPage.json().at("/groups/0/releases/0/model").asText())
        .isEqualTo(scenario.model());
    assertThat(secondPage.json().at("/groups/0/releases/0/model").asText())
        .isEqualTo(second.model());
    assertThat(secondPage.json().at("/groups/0").has("next")).isFalse();
    assertThat(
            scenario.releaser().get(path + "?state=released").json().at("/groups/0/count").asInt())
        .isZero();
  }

  @Test
  void awaitingLists_requestsAndFindingsOfTheOrganization_untilDecidedOrAnswered() {
    Scenario scenario = draft("waiting");
    intoReview(scenario, "tiny-classifier");
    ApiClient asking = user("asking", GlobalRole.EVALUATOR);
    ApiResponse asked =
        asking.post(scenario.path() + "/access-requests", "{\"purpose\": \"bias probes\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    ApiResponse filed = granted(scenario, "filer").post(scenario.path() + "/findings", FINDING);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String requests = "/api/v1/orgs/" + scenario.org() + "/access-requests";
    String findings = "/api/v1/orgs/" + scenario.org() + "/findings/awaiting-response";

    JsonNode waitingRequests = scenario.releaser().get(requests).json();
    JsonNode waitingFindings = scenario.releaser().get(findings).json();
    ApiResponse approved =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants/" + asked.json().path("id").asText() + "/approve",
                "{\"days\": 30}");
    ApiResponse answered =
        scenario
            .releaser()
            .post(
                scenario.path() + "/findings/" + filed.json().path("id").asText() + "/response",
                "{\"kind\": \"disputed\", \"rationale\": \"Public data.\"}");

    assertThat(waitingRequests.path("items")).hasSize(1);
    JsonNode request = waitingRequests.path("items").get(0);
    assertThat(request.path("evaluator").asText()).isEqualTo(asking.name());
    assertThat(request.path("status").asText()).isEqualTo("requested");
    assertThat(request.path("model").asText()).isEqualTo(scenario.model());
    assertThat(waitingFindings.path("items")).hasSize(1);
    JsonNode finding = waitingFindings.path("items").get(0);
    assertThat(finding.path("id").asText()).isEqualTo(filed.json().path("id").asText());
    assertThat(finding.path("dueAt").asText()).isEqualTo(filed.json().path("dueAt").asText());
    assertThat(finding.path("daysLeft").asLong()).isEqualTo(14);
    assertThat(finding.path("overdue").asBoolean()).isFalse();
    assertThat(finding.path("path").asText())
        .isEqualTo(scenario.path() + "/findings/" + filed.json().path("id").asText());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    assertThat(scenario.releaser().get(requests).json().path("items")).isEmpty();
    assertThat(scenario.releaser().get(findings).json().path("items")).isEmpty();
    assertThat(anonymous.get(findings).status()).isEqualTo(401);
    assertThat(asking.get(requests).status()).isEqualTo(403);
  }
}
