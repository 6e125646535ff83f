package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.PublicLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 scenario: a Tier 2 release ({@code examples/chat-13b}) from draft to released through the
 * API (REV-1, REV-2), invisible to the public until released (OPS-3), and every decision in the
 * verifiable audit log (ACC-1).
 */
class Tier2ReleaseScenarioTest extends ScenarioTestBase {

  @Test
  void tier2Release_draftToReleased_publicOnlyAfterRelease_andLogVerifies() throws Exception {
    Scenario scenario = draft("chat");
    JsonNode report = checkedExample(scenario, "chat-13b");
    int anonymousBeforeSubmit = anonymous.get(scenario.path()).status();
    JsonNode submitted = allowed(scenario.releaser(), scenario, "submit", "submitted");
    JsonNode inReview = allowed(steward, scenario, "start_review", "in_review");
    int anonymousInReview = anonymous.get(scenario.path()).status();
    int anonymousModelInReview = anonymous.get(scenario.modelPath()).status();
    int anonymousReportInReview = anonymous.get(scenario.path() + "/report").status();
    JsonNode approved = allowed(steward, scenario, "approve", "approved");
    int anonymousApproved = anonymous.get(scenario.path()).status();
    JsonNode released = allowed(scenario.releaser(), scenario, "release", "released");

    assertThat(report.path("tier").path("tier").asInt()).isEqualTo(2);
    assertThat(report.path("policy").path("id").asText()).isEqualTo("rrf");
    assertThat(submitted.path("tier").asInt()).isEqualTo(2);
    assertThat(inReview.path("windowStart").asText())
        .as("Tier 2 has no review window")
        .isEqualTo(inReview.path("windowEnd").asText());
    assertThat(approved.path("recommended").asBoolean()).isFalse();
    assertThat(released.path("recommended").asBoolean()).isTrue();
    assertThat(List.of(anonymousBeforeSubmit, anonymousInReview, anonymousApproved))
        .containsOnly(404);
    assertThat(anonymousModelInReview).isEqualTo(404);
    assertThat(anonymousReportInReview).isEqualTo(404);

    JsonNode publicRelease = anonymous.get(scenario.path()).json();
    assertThat(publicRelease.path("state").asText()).isEqualTo("released");
    assertThat(publicRelease.path("tier").asInt()).isEqualTo(2);
    assertThat(anonymous.get(scenario.path() + "/report").json().path("tier").path("tier").asInt())
        .isEqualTo(2);
    assertThat(anonymous.get(scenario.modelPath()).json().path("recommendedVersion").asText())
        .isEqualTo("1.0.0");
    assertThat(anonymous.get(scenario.path() + "/files").json().findValuesAsText("path"))
        .contains("README.md", "config.json");

    JsonNode history = anonymous.get(scenario.path() + "/transitions").json().path("items");
    assertThat(history.findValuesAsText("from"))
        .containsExactly("draft", "submitted", "in_review", "approved");
    assertThat(history.findValuesAsText("to"))
        .containsExactly("submitted", "in_review", "approved", "released");
    assertThat(history.findValuesAsText("actor"))
        .containsExactly(
            scenario.releaser().name(), steward.name(), steward.name(), scenario.releaser().name());

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(scenario)))
        .containsExactly(
            "release.create",
            "release.check",
            "release.submit",
            "release.start_review",
            "release.approve",
            "release.release");
    assertThat(log.revealedDetails()).as("released decisions reveal their details").isPositive();
  }
}
