package dev.clearance.server.review;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluators' time-boxed access to pre-release material (REV-3): open reviews are listed to vetted
 * evaluators, access is requested and decided by the organization, ends by itself at expiry or at
 * revocation, and every read made under a grant is logged.
 */
class AccessGrantTest extends ReleaseTestBase {

  private Scenario scenario;
  private ApiClient ada;

  /** A checked, signed Tier 3 release ({@code examples/coder-7b}) whose review has started. */
  @BeforeEach
  void releaseInReview() {
    scenario = inReview("coder", "coder-7b");
    ada = user("ada", GlobalRole.EVALUATOR);
  }

  private ApiResponse request(ApiClient evaluator, String body) {
    return evaluator.post(scenario.path() + "/access-requests", body);
  }

  private JsonNode requested(ApiClient evaluator) {
    ApiResponse response = request(evaluator, "{\"purpose\": \"bias probes\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private ApiResponse approve(JsonNode grant, String body) {
    return scenario
        .releaser()
        .post(scenario.path() + "/grants/" + grant.path("id").asText() + "/approve", body);
  }

  private JsonNode granted(ApiClient evaluator, int days) {
    ApiResponse response = approve(requested(evaluator), "{\"days\": " + days + "}");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  @Test
  void openReviews_listedToVettedEvaluators_notToOthers() {
    ApiResponse asEvaluator = ada.get("/api/v1/reviews");
    ApiResponse asUser = user("bob").get("/api/v1/reviews");
    ApiResponse asAnonymous = anonymous.get("/api/v1/reviews");

    assertThat(asEvaluator.status()).isEqualTo(200);
    JsonNode item = null;
    for (JsonNode candidate : asEvaluator.json().path("items")) {
      if (candidate.path("org").asText().equals(scenario.org())) {
        item = candidate;
      }
    }
    assertThat(item).as(asEvaluator.toString()).isNotNull();
    assertThat(item.path("org").asText()).isEqualTo(scenario.org());
    assertThat(item.path("tier").asInt()).isEqualTo(3);
    assertThat(item.path("windowEnd").asText()).isNotBlank();
    assertThat(item.path("path").asText()).isEqualTo(scenario.path());
    assertThat(asUser.status()).isEqualTo(403);
    assertThat(asUser.json().path("hint").asText()).contains("evaluator-applications");
    assertThat(request(scenario.releaser(), "{\"purpose\": \"mine\"}").code())
        .isEqualTo("access_not_needed");
    assertThat(asAnonymous.status()).isEqualTo(401);
  }

  @Test
  void approvedRequest_showsMaterial_andLogsEveryRead() {
    int before = ada.get(scenario.path()).status();
    JsonNode request = requested(ada);
    int whileRequested = ada.get(scenario.path()).status();
    JsonNode grant = approve(request, "{\"days\": 20}").json();

    int release = ada.get(scenario.path()).status();
    int report = ada.get(scenario.path() + "/report").status();
    int card = ada.get(scenario.contentPath("README.md")).status();
    int otherEvaluator = user("eve", GlobalRole.EVALUATOR).get(scenario.path()).status();
    JsonNode log = scenario.releaser().get(scenario.path() + "/access-log").json();
    ApiResponse logAsEvaluator = ada.get(scenario.path() + "/access-log");

    assertThat(before).isEqualTo(404);
    assertThat(request.path("status").asText()).isEqualTo("requested");
    assertThat(whileRequested).isEqualTo(404);
    assertThat(grant.path("status").asText()).isEqualTo("active");
    assertThat(grant.path("expiresAt").asText()).isNotBlank();
    assertThat(List.of(release, report, card)).containsOnly(200);
    assertThat(otherEvaluator).isEqualTo(404);
    List<String> actions = new ArrayList<>();
    log.path("items").forEach(event -> actions.add(event.path("action").asText()));
    assertThat(actions).containsExactly("view", "view", "download");
    assertThat(log.path("items").get(2).path("evaluator").asText()).isEqualTo(ada.name());
    assertThat(log.path("items").get(2).path("resource").asText()).contains("README.md");
    assertThat(logAsEvaluator.status()).isEqualTo(403);
    assertThat(auditActions(scenario)).contains("access.request", "access.approve");
  }

  @Test
  void requestAndDecision_reachTheOrganizationAndTheEvaluator() {
    JsonNode request = requested(ada);
    approve(request, "{\"days\": 10}");

    assertThat(kinds(scenario.releaser())).contains("access_requested");
    assertThat(kinds(ada)).containsExactly("access_decided");
    JsonNode decided = ada.get("/api/v1/me/notifications").json().path("items").get(0);
    assertThat(decided.path("title").asText()).contains(scenario.org()).contains("active");
    assertThat(kinds(user("eve", GlobalRole.EVALUATOR))).isEmpty();
  }

  private static List<String> kinds(ApiClient client) {
    List<String> kinds = new ArrayList<>();
    client
        .get("/api/v1/me/notifications")
        .json()
        .path("items")
        .forEach(item -> kinds.add(item.path("kind").asText()));
    return kinds;
  }

  @Test
  void grant_endsByItselfAtExpiry_byServerClock() {
    granted(ada, 5);
    int day4;
    clock.advance(Duration.ofDays(4));
    day4 = ada.get(scenario.path()).status();
    clock.advance(Duration.ofDays(1));
    int day5 = ada.get(scenario.path()).status();
    JsonNode mine = ada.get("/api/v1/me/grants").json().path("items").get(0);
    ApiResponse again = request(ada, "{\"purpose\": \"second look\"}");

    assertThat(day4).isEqualTo(200);
    assertThat(day5).isEqualTo(404);
    assertThat(mine.path("status").asText()).isEqualTo("expired");
    assertThat(mine.path("org").asText()).isEqualTo(scenario.org());
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
  }

  @Test
  void revoke_needsReason_endsAccessAtOnce() {
    JsonNode grant = granted(ada, 30);
    String revoke = scenario.path() + "/grants/" + grant.path("id").asText() + "/revoke";

    ApiResponse noReason = steward.post(revoke, "{}");
    ApiResponse revoked = steward.post(revoke, "{\"reason\": \"shared the weights\"}");
    int after = ada.get(scenario.path()).status();
    ApiResponse twice = scenario.releaser().post(revoke, "{\"reason\": \"again\"}");

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("status").asText()).isEqualTo("revoked");
    assertThat(revoked.json().path("reason").asText()).isEqualTo("shared the weights");
    assertThat(after).isEqualTo(404);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("grant_revoked");
    assertThat(auditActions(scenario)).contains("access.revoke");
  }

  @Test
  void decline_needsReason_andTheEvaluatorMayAskAgain() {
    JsonNode request = requested(ada);
    String decline = scenario.path() + "/grants/" + request.path("id").asText() + "/decline";

    ApiResponse declined = scenario.releaser().post(decline, "{\"reason\": \"scope unclear\"}");
    ApiResponse duplicate = request(ada, "{\"purpose\": \"bias probes, clearer\"}");
    ApiResponse third = request(ada, "{\"purpose\": \"once more\"}");

    assertThat(declined.json().path("status").asText()).isEqualTo("declined");
    assertThat(duplicate.status()).isEqualTo(201);
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.code()).isEqualTo("grant_open");
  }

  @Test
  void directGrant_byOrganization_forVettedEvaluatorOnly() {
    ApiClient bob = user("bob");
    ApiResponse toUnvetted =
        scenario
            .releaser()
            .post(scenario.path() + "/grants", "{\"evaluator\": \"" + bob.name() + "\"}");
    ApiResponse toEvaluator =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + ada.name() + "\", \"days\": 10}");
    ApiResponse byEvaluator =
        ada.post(scenario.path() + "/grants", "{\"evaluator\": \"" + ada.name() + "\"}");

    assertThat(toUnvetted.status()).isEqualTo(409);
    assertThat(toUnvetted.code()).isEqualTo("not_vetted");
    assertThat(toEvaluator.status()).isEqualTo(201);
    assertThat(toEvaluator.json().path("status").asText()).isEqualTo("active");
    assertThat(ada.get(scenario.path()).status()).isEqualTo(200);
    assertThat(byEvaluator.status()).as("not a member of the organization").isEqualTo(403);
  }

  @Test
  void request_refusedForOutsidersAndMembers_andDaysBeyondPolicy() {
    ApiResponse byUser = request(user("bob"), "{\"purpose\": \"curious\"}");
    ApiClient insider = member(scenario.org(), OrgRole.RELEASER, "insider");
    run(tx -> tx.globalRoles().grant(userId(insider), GlobalRole.EVALUATOR, null, null));
    ApiResponse byMember = request(insider, "{\"purpose\": \"own work\"}");
    ApiResponse tooLong = request(ada, "{\"purpose\": \"long\", \"days\": 500}");
    ApiResponse noPurpose = request(ada, "{}");

    assertThat(byUser.status()).as("pre-release: invisible to non-evaluators").isEqualTo(404);
    assertThat(byMember.status()).isEqualTo(409);
    assertThat(byMember.code()).isEqualTo("evaluator_conflicted");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("details").path("field").asText()).isEqualTo("days");
    assertThat(tooLong.json().path("message").asText()).contains("120");
    assertThat(noPurpose.status()).isEqualTo(400);
    assertThat(noPurpose.json().path("details").path("field").asText()).isEqualTo("purpose");
  }

  @Test
  void evaluatorLosingTheRole_losesAccessAtOnce() {
    granted(ada, 30);
    int whileVetted = ada.get(scenario.path()).status();
    run(tx -> tx.globalRoles().revoke(userId(ada), GlobalRole.EVALUATOR));
    int afterSuspension = ada.get(scenario.path()).status();

    assertThat(whileVetted).isEqualTo(200);
    assertThat(afterSuspension).isEqualTo(404);
  }

  @Test
  void request_releaseNotInReview_isInvisibleToEvaluators() {
    Scenario other = draft("other");
    ApiResponse onDraft =
        ada.post(other.path() + "/access-requests", "{\"purpose\": \"early look\"}");

    assertThat(onDraft.status()).isEqualTo(404);
  }

  private String userId(ApiClient client) {
    return tx(tx -> tx.users().findByHandle(client.name()).orElseThrow().id());
  }
}
