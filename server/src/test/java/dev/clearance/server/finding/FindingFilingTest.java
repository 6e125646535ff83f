package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.GlobalRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Filing findings (REV-4): granted evaluators file on a release in review following the template of
 * its policy, every broken rule is a 400 naming the field, and before release nobody but the
 * organization, stewards and granted evaluators sees a finding.
 */
class FindingFilingTest extends FindingTestBase {

  private Scenario scenario;
  private ApiClient ada;

  @BeforeEach
  void releaseInReview() {
    scenario = inReview("filing");
    ada = grantedEvaluator(scenario, "ada");
  }

  @Test
  void template_listsTheFieldsCategoriesAndSeveritiesOfThePolicy() {
    JsonNode template = ada.get(scenario.path() + "/finding-template").json();

    List<String> names = new ArrayList<>();
    template.path("fields").forEach(field -> names.add(field.path("name").asText()));
    assertThat(names)
        .containsExactly(
            "title",
            "category",
            "severity",
            "affectedVersions",
            "summary",
            "reproduction",
            "evidence",
            "suggestedMitigation");
    assertThat(template.path("categories").toString()).contains("dangerous-capability");
    JsonNode critical = template.path("severities").get(3);
    assertThat(critical.path("id").asText()).isEqualTo("critical");
    assertThat(critical.path("responseDays").asInt()).isEqualTo(7);
    assertThat(template.path("contestDays").asInt()).isEqualTo(14);
  }

  @Test
  void file_followingTheTemplate_isOpenWithTheSeveritysDeadline() {
    JsonNode finding = file(ada, scenario, "high");

    Instant filed = Instant.parse(finding.path("filedAt").asText());
    assertThat(finding.path("state").asText()).isEqualTo("open");
    assertThat(finding.path("evaluator").asText()).isEqualTo(ada.name());
    assertThat(finding.path("severityTitle").asText()).isEqualTo("High");
    assertThat(Instant.parse(finding.path("dueAt").asText()))
        .isEqualTo(filed.plus(Duration.ofDays(14)));
    assertThat(finding.path("overdue").asBoolean()).isFalse();
    assertThat(finding.path("affectedVersions").toString()).isEqualTo("[\"1.0.0\"]");
    assertThat(auditActions(scenario)).contains("finding.file");
  }

  @Test
  void file_missingRequiredField_is400NamingIt() {
    String body =
        findingBody("No summary", "low").replace("\"summary\"", "\"suggestedMitigation\"");

    ApiResponse refused = ada.post(scenario.path() + "/findings", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("details").path("field").asText()).isEqualTo("summary");
    assertThat(refused.json().path("message").asText()).contains("summary is required");
  }

  @Test
  void file_unknownCategoryAndSeverity_is400ListingTheAllowedValues() {
    String body = findingBody("Odd", "apocalyptic").replace("\"privacy\"", "\"vibes\"");

    ApiResponse refused = ada.post(scenario.path() + "/findings", body);

    JsonNode details = refused.json().path("details");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("invalid_finding");
    assertThat(details.path("field").asText()).isEqualTo("category");
    assertThat(details.path("allowed").toString()).contains("privacy", "bias");
    assertThat(details.path("problems")).hasSize(2);
    assertThat(details.path("problems").get(1).path("field").asText()).isEqualTo("severity");
    assertThat(details.path("problems").get(1).path("allowed").toString())
        .contains("low", "critical");
    assertThat(refused.json().path("message").asText()).contains("vibes", "allowed");
  }

  @Test
  void file_badVersionLabel_is400NamingAffectedVersions() {
    String body = findingBody("Bad label", "low").replace("[\"1.0.0\"]", "[\"1.0 beta\"]");

    ApiResponse refused = ada.post(scenario.path() + "/findings", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("details").path("field").asText()).isEqualTo("affectedVersions");
  }

  @Test
  void file_withoutGrantOrRole_isRefused_andOutOfReviewIs409() {
    ApiResponse stranger =
        user("eve", GlobalRole.EVALUATOR)
            .post(scenario.path() + "/findings", findingBody("x", "low"));
    ApiResponse byReleaser =
        scenario.releaser().post(scenario.path() + "/findings", findingBody("x", "low"));
    allowed(steward, scenario, "close_review", "awaiting_responses");
    ApiResponse closed = ada.post(scenario.path() + "/findings", findingBody("late", "low"));

    assertThat(stranger.status()).as("pre-release: invisible without a grant").isEqualTo(404);
    assertThat(byReleaser.status()).isEqualTo(403);
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.code()).isEqualTo("not_in_review");
  }

  @Test
  void findings_beforeRelease_visibleOnlyToOrganizationStewardsAndGrantedEvaluators() {
    JsonNode finding = file(ada, scenario, "low");
    String list = scenario.path() + "/findings";
    String one = pathOf(scenario, finding);
    ApiClient eve = user("eve", GlobalRole.EVALUATOR);
    ApiClient bob = user("bob");

    List<Integer> hidden =
        List.of(
            eve.get(list).status(),
            eve.get(one).status(),
            bob.get(list).status(),
            anonymous.get(list).status(),
            anonymous.get(one).status(),
            anonymous.get(one + "/comments").status());
    List<Integer> shown =
        List.of(
            ada.get(list).status(),
            scenario.releaser().get(one).status(),
            steward.get(list).status(),
            grantedEvaluator(scenario, "cy").get(one).status());

    assertThat(hidden).containsOnly(404);
    assertThat(shown).containsOnly(200);
    assertThat(ada.get(one).json().path("reproduction").asText()).contains("CEO");
  }

  @Test
  void list_filtersByStateAndSeverity_andPages() {
    JsonNode low = file(ada, scenario, "low");
    JsonNode high = file(ada, scenario, "high");
    JsonNode other = file(ada, scenario, "high");
    disputed(scenario, other);
    String list = scenario.path() + "/findings";

    List<String> open = ids(steward.get(list + "?state=open"));
    List<String> highs = ids(steward.get(list + "?severity=high"));
    ApiResponse firstPage = steward.get(list + "?limit=2");
    ApiResponse secondPage =
        steward.get(list + "?limit=2&after=" + firstPage.json().path("next").asText());
    ApiResponse badSeverity = steward.get(list + "?severity=huge");
    ApiResponse badState = steward.get(list + "?state=closed");

    String lowId = low.path("id").asText();
    String highId = high.path("id").asText();
    String otherId = other.path("id").asText();
    assertThat(open).containsExactly(lowId, highId);
    assertThat(highs).containsExactly(highId, otherId);
    assertThat(ids(firstPage)).containsExactly(lowId, highId);
    assertThat(ids(secondPage)).containsExactly(otherId);
    assertThat(badSeverity.status()).isEqualTo(400);
    assertThat(badSeverity.json().path("details").path("allowed").toString()).contains("medium");
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.json().path("details").path("parameter").asText()).isEqualTo("state");
  }
}
