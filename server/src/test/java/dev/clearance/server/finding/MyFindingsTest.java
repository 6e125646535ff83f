package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/me/findings}: an evaluator's own findings across releases with their
 * responses; findings on releases the evaluator can no longer see are left out and counted, and
 * reads of pre-release findings under a grant are logged (REV-3, REV-4).
 */
class MyFindingsTest extends FindingTestBase {

  private static final String MINE = "/api/v1/me/findings";

  @Test
  void list_ownFindingsOfTwoReleases_withResponses_othersLeftOut() {
    Scenario first = inReview("mine-a");
    Scenario second = inReview("mine-b");
    ApiClient ada = grantedEvaluator(first, "ada");
    grantTo(second, ada);
    ApiClient bo = grantedEvaluator(first, "bo");
    JsonNode answered = file(ada, first, "Leaks e-mail addresses", "high");
    file(bo, first, "Not mine", "low");
    file(ada, second, "Second release", "low");
    respond(first, answered, "{\"kind\": \"accepted_risk\", \"rationale\": \"documented\"}");

    JsonNode mine = ada.get(MINE).json();

    assertThat(mine.path("items").findValuesAsText("title"))
        .containsExactly("Leaks e-mail addresses", "Second release");
    assertThat(mine.path("items").get(0).path("responses").get(0).path("rationale").asText())
        .isEqualTo("documented");
    assertThat(mine.path("items").get(0).path("contestableUntil").asText()).isNotBlank();
    assertThat(mine.path("unseen").asInt()).isZero();
    assertThat(first.releaser().get(first.path() + "/access-log").body())
        .contains("GET /api/v1/me/findings");
  }

  @Test
  void list_grantRevokedBeforeRelease_findingLeftOutAndCounted() {
    Scenario scenario = inReview("mine-revoked");
    ApiClient ada = user("ada", dev.clearance.store.identity.GlobalRole.EVALUATOR);
    String grant = grantTo(scenario, ada);
    file(ada, scenario, "Filed before revocation", "medium");
    ApiResponse revoked =
        steward.post(
            scenario.path() + "/grants/" + grant + "/revoke", "{\"reason\": \"shared weights\"}");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

    JsonNode mine = ada.get(MINE).json();

    assertThat(mine.path("items")).isEmpty();
    assertThat(mine.path("unseen").asInt()).isEqualTo(1);
    assertThat(anonymous.get(MINE).status()).isEqualTo(401);
  }

  /** The organization grants {@code evaluator} access to {@code scenario}; the grant's id. */
  private static String grantTo(Scenario scenario, ApiClient evaluator) {
    ApiResponse granted =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 30}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return granted.json().path("id").asText();
  }
}
