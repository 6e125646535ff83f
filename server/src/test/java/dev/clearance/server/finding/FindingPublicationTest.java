package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Findings become public with their release (REV-5): once it has been released anyone reads them
 * with their responses and comments, except what a steward redacted as hazardous, which the
 * organization, stewards and granted evaluators keep seeing.
 */
class FindingPublicationTest extends FindingTestBase {

  private Scenario scenario;
  private ApiClient ada;
  private JsonNode finding;
  private String attachment;

  /** A release with one answered, commented finding with an attachment, approved. */
  @BeforeEach
  void answeredFinding() {
    scenario = inReview("public");
    ada = grantedEvaluator(scenario, "ada");
    finding = file(ada, scenario, "high");
    attachment =
        attach(ada, scenario, finding, "outputs.txt", bytes("ceo@example.org"))
            .json()
            .path("id")
            .asText();
    ada.post(pathOf(scenario, finding) + "/comments", "{\"text\": \"See the outputs.\"}");
    disputed(scenario, finding);
    allowed(steward, scenario, "approve", "approved");
  }

  private ApiResponse redact(String parts) {
    return steward.put(
        pathOf(scenario, finding) + "/redaction",
        "{\"parts\": " + parts + ", \"reason\": \"names a real person\"}");
  }

  @Test
  void afterRelease_publicReadsFindingsResponsesAndComments() {
    int beforeRelease = anonymous.get(scenario.path() + "/findings").status();
    allowed(scenario.releaser(), scenario, "release", "released");

    ApiResponse list = anonymous.get(scenario.path() + "/findings");
    JsonNode item = list.json().path("items").get(0);
    ApiResponse comments = anonymous.get(pathOf(scenario, finding) + "/comments");
    ApiResponse download = anonymous.get(pathOf(scenario, finding) + "/attachments/" + attachment);

    assertThat(beforeRelease).isEqualTo(404);
    assertThat(list.status()).isEqualTo(200);
    assertThat(item.path("reproduction").asText()).contains("CEO");
    assertThat(item.path("responses").get(0).path("kind").asText()).isEqualTo("disputed");
    assertThat(comments.json().path("items").get(0).path("text").asText()).contains("outputs");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo("ceo@example.org");
  }

  @Test
  void redaction_hidesPartsFromThePublicOnly() {
    ApiResponse reproductionOnly = redact("[\"reproduction\"]");
    allowed(scenario.releaser(), scenario, "release", "released");
    JsonNode partly = anonymous.get(pathOf(scenario, finding)).json();
    redact("[\"reproduction\", \"evidence\"]");

    JsonNode hidden = anonymous.get(pathOf(scenario, finding)).json();
    JsonNode forOrganization = scenario.releaser().get(pathOf(scenario, finding)).json();
    ApiResponse publicDownload =
        anonymous.get(pathOf(scenario, finding) + "/attachments/" + attachment);
    ApiResponse organizationDownload =
        scenario.releaser().get(pathOf(scenario, finding) + "/attachments/" + attachment);

    String redacted = "[redacted by a steward: names a real person]";
    assertThat(reproductionOnly.status()).as(reproductionOnly.toString()).isEqualTo(200);
    assertThat(partly.path("reproduction").asText()).isEqualTo(redacted);
    assertThat(partly.path("evidence").asText()).contains("completions");
    assertThat(hidden.path("evidence").asText()).isEqualTo(redacted);
    assertThat(hidden.path("attachments").get(0).path("redacted").asText()).isEqualTo(redacted);
    assertThat(hidden.path("attachments").get(0).has("name")).isFalse();
    assertThat(hidden.path("responses").get(0).path("rationale").asText()).isNotBlank();
    assertThat(forOrganization.path("reproduction").asText()).contains("CEO");
    assertThat(forOrganization.path("attachments").get(0).path("name").asText())
        .isEqualTo("outputs.txt");
    assertThat(publicDownload.status()).isEqualTo(403);
    assertThat(publicDownload.code()).isEqualTo("redacted");
    assertThat(organizationDownload.status()).isEqualTo(200);
  }

  @Test
  void redaction_byStewardsOnly_withReason_andCanBeLifted() {
    ApiResponse byReleaser =
        scenario
            .releaser()
            .put(
                pathOf(scenario, finding) + "/redaction",
                "{\"parts\": [\"reproduction\"], \"reason\": \"x\"}");
    ApiResponse noReason =
        steward.put(pathOf(scenario, finding) + "/redaction", "{\"parts\": [\"reproduction\"]}");
    ApiResponse unknownPart = redact("[\"summary\"]");
    redact("[\"reproduction\"]");
    ApiResponse lifted = steward.put(pathOf(scenario, finding) + "/redaction", "{\"parts\": []}");
    allowed(scenario.releaser(), scenario, "release", "released");

    assertThat(byReleaser.status()).isEqualTo(403);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(unknownPart.json().path("details").path("allowed").toString())
        .contains("reproduction", "evidence");
    assertThat(lifted.json().has("reproductionRedaction")).isFalse();
    assertThat(anonymous.get(pathOf(scenario, finding)).json().path("reproduction").asText())
        .contains("CEO");
    assertThat(auditActions(scenario)).contains("finding.redact");
  }
}
