package dev.clearance.server.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staged rollout (REV-6) through the API, with the bundled policy's stages research (14 days) →
 * limited (30 days) → general availability: stages move only after their minimum duration by the
 * server's clock, a rollback returns to the previous stage and restarts its duration, and every
 * move is an audit-log event. A Tier 2 release ({@code examples/chat-13b}) is used: it may be
 * staged, and needs no audit attestation for the stages' entry criteria.
 */
class StagedRolloutTest extends ReleaseTestBase {

  private Scenario scenario;

  @BeforeEach
  void approvedTier2() {
    scenario = draft("chat");
    uploadExample(scenario, "chat-13b");
    uploadSignature(scenario, "chat-13b");
    JsonNode report = check(scenario);
    assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.path("tier").path("tier").asInt()).isEqualTo(2);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
  }

  private JsonNode rollout() {
    return scenario.releaser().get(scenario.path() + "/rollout").json();
  }

  private ApiResponse advance() {
    return scenario.releaser().post(scenario.path() + "/rollout/advance", "{}");
  }

  private static List<String> statuses(JsonNode rollout) {
    List<String> statuses = new ArrayList<>();
    rollout.path("stages").forEach(stage -> statuses.add(stage.path("status").asText()));
    return statuses;
  }

  @Test
  void stages_moveAfterTheirMinimumDuration_thenGeneralAvailability() {
    JsonNode before = rollout();
    allowed(scenario.releaser(), scenario, "stage", "staged");
    JsonNode research = rollout();
    clock.advance(Duration.ofDays(13));
    ApiResponse day13 = advance();
    clock.advance(Duration.ofDays(1));
    ApiResponse day14 = advance();
    ApiResponse tooEarly = act(scenario.releaser(), scenario, "release");
    ApiResponse pastLimited = advance();
    clock.advance(Duration.ofDays(30));
    JsonNode ready = rollout();
    JsonNode released = allowed(scenario.releaser(), scenario, "release", "released");
    JsonNode general = anonymous.get(scenario.path() + "/rollout").json();

    assertThat(before.path("current").isValueNode()).as("no stage before staging").isFalse();
    assertThat(before.path("next").asText()).isEqualTo("research");
    assertThat(research.path("current").asText()).isEqualTo("research");
    assertThat(statuses(research)).containsExactly("current", "upcoming", "upcoming");
    assertThat(day13.status()).isEqualTo(409);
    assertThat(day13.code()).isEqualTo("rollout_blocked");
    assertThat(day13.json().path("details").path("blockers").get(0).asText())
        .contains("at least 14 days");
    assertThat(day14.status()).as(day14.toString()).isEqualTo(200);
    assertThat(day14.json().path("current").asText()).isEqualTo("limited");
    assertThat(statuses(day14.json())).containsExactly("done", "current", "upcoming");
    assertThat(failedGuards(tooEarly)).containsExactly("staged_rollout");
    assertThat(pastLimited.code()).isEqualTo("rollout_last_stage");
    assertThat(ready.path("readyForRelease").asBoolean()).isTrue();
    assertThat(released.path("state").asText()).isEqualTo("released");
    assertThat(general.path("current").asText()).isEqualTo("general");
    assertThat(general.path("history"))
        .extracting(move -> move.path("how").asText())
        .containsExactly("stage", "advance", "release");
    assertThat(auditActions(scenario)).contains("release.stage", "rollout.advance");
  }

  @Test
  void rollback_needsReason_returnsToPreviousStage_andRestartsItsDuration() {
    allowed(scenario.releaser(), scenario, "stage", "staged");
    clock.advance(Duration.ofDays(14));
    advance();
    String rollback = scenario.path() + "/rollout/rollback";

    ApiResponse noReason = steward.post(rollback, "{}");
    ApiResponse back = steward.post(rollback, "{\"reason\": \"jailbreak spreading\"}");
    ApiResponse again = advance();
    ApiResponse beforeFirst = steward.post(rollback, "{\"reason\": \"further\"}");

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.json().path("current").asText()).isEqualTo("research");
    assertThat(back.json().path("history").get(2).path("reason").asText())
        .isEqualTo("jailbreak spreading");
    assertThat(again.code()).as("research's 14 days start again").isEqualTo("rollout_blocked");
    assertThat(beforeFirst.code()).isEqualTo("rollout_first_stage");
    assertThat(auditActions(scenario)).contains("rollout.rollback");
    List<String> kinds = new ArrayList<>();
    scenario
        .releaser()
        .get("/api/v1/me/notifications")
        .json()
        .path("items")
        .forEach(item -> kinds.add(item.path("kind").asText()));
    assertThat(kinds).contains("rollout_stage_changed");
  }

  @Test
  void rollout_preRelease_hiddenFromThePublic_andMovesNeedTheOrganization() {
    allowed(scenario.releaser(), scenario, "stage", "staged");
    clock.advance(Duration.ofDays(14));

    int anonymousRead = anonymous.get(scenario.path() + "/rollout").status();
    int outsiderAdvance = user("mallory").post(scenario.path() + "/rollout/advance", "{}").status();
    ApiResponse approvedOnly = steward.post(draft("other").path() + "/rollout/advance", "{}");

    assertThat(anonymousRead).isEqualTo(404);
    assertThat(outsiderAdvance).isEqualTo(403);
    assertThat(approvedOnly.status()).isEqualTo(403);
  }
}
