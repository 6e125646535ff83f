package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.PublicLog;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 scenarios: a deprecation and a retraction of released Tier 2 releases ({@code
 * examples/chat-13b}), each with a reason (REV-1). A deprecated release stays public, marked
 * deprecated; retracting the recommended release moves the recommendation back to the earlier
 * release. Both decisions are in the verifiable log (ACC-1).
 */
class DeprecationRetractionScenarioTest extends ScenarioTestBase {

  private static final String DEPRECATION = "version 2 of the chat model replaces this line";
  private static final String RETRACTION = "the card misstates the training data licence";

  private static JsonNode lastTransition(ApiResponse history) {
    JsonNode items = history.json().path("items");
    return items.get(items.size() - 1);
  }

  @Test
  void deprecation_withReason_staysPublicMarkedDeprecated_andLogVerifies() throws Exception {
    Scenario scenario = draft("chat-old");
    checkedExample(scenario, "chat-13b");
    release(scenario);

    ApiResponse deprecated = act(scenario.releaser(), scenario, "deprecate", DEPRECATION);
    ApiResponse publicView = anonymous.get(scenario.path());
    ApiResponse publicReport = anonymous.get(scenario.path() + "/report");
    JsonNode last = lastTransition(anonymous.get(scenario.path() + "/transitions"));
    JsonNode listed = anonymous.get(scenario.modelPath() + "/releases").json().path("items");

    assertThat(deprecated.status()).as(deprecated.toString()).isEqualTo(200);
    assertThat(publicView.status()).isEqualTo(200);
    assertThat(publicView.json().path("state").asText()).isEqualTo("deprecated");
    assertThat(publicReport.status()).isEqualTo(200);
    assertThat(listed.findValuesAsText("state")).containsExactly("deprecated");
    assertThat(last.path("from").asText()).isEqualTo("released");
    assertThat(last.path("to").asText()).isEqualTo("deprecated");
    assertThat(last.path("reason").asText()).isEqualTo(DEPRECATION);
    assertThat(last.path("actor").asText()).isEqualTo(scenario.releaser().name());

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(scenario)))
        .endsWith("release.release", "release.deprecate");
    assertThat(log.entries())
        .filteredOn(entry -> entry.action().equals("release.deprecate"))
        .anyMatch(entry -> DEPRECATION.equals(entry.reason()));
  }

  @Test
  void retraction_ofRecommendedRelease_movesRecommendationBack_andLogVerifies() throws Exception {
    Scenario first = draft("chat-pair");
    checkedExample(first, "chat-13b");
    release(first);
    Scenario second = first.version("1.1.0");
    createDraft(second);
    checkedExample(second, "chat-13b");
    release(second);
    String recommendedBefore =
        anonymous.get(first.modelPath()).json().path("recommendedVersion").asText();
    String firstStateBefore = anonymous.get(first.path()).json().path("state").asText();

    ApiResponse withoutReason = act(steward, second, "retract");
    ApiResponse retracted = act(steward, second, "retract", RETRACTION);
    JsonNode model = anonymous.get(first.modelPath()).json();
    JsonNode firstAfter = anonymous.get(first.path()).json();
    JsonNode secondAfter = anonymous.get(second.path()).json();
    JsonNode last = lastTransition(anonymous.get(second.path() + "/transitions"));

    assertThat(recommendedBefore).isEqualTo("1.1.0");
    assertThat(firstStateBefore).isEqualTo("superseded");
    assertThat(failedGuards(withoutReason)).containsExactly("reason");
    assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
    assertThat(secondAfter.path("state").asText()).isEqualTo("retracted");
    assertThat(secondAfter.path("recommended").asBoolean()).isFalse();
    assertThat(model.path("recommendedVersion").asText()).isEqualTo("1.0.0");
    assertThat(firstAfter.path("recommended").asBoolean()).isTrue();
    assertThat(last.path("to").asText()).isEqualTo("retracted");
    assertThat(last.path("reason").asText()).isEqualTo(RETRACTION);
    assertThat(last.path("actor").asText()).isEqualTo(steward.name());

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(second))).endsWith("release.retract");
    assertThat(log.actionsAbout(releaseId(first))).contains("release.supersede");
  }
}
