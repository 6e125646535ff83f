package dev.clearance.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.PublicLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 scenarios: review windows by the server's clock (REV-2). A Tier 3 release ({@code
 * examples/coder-7b}, 30 days) and a Tier 4 release ({@code examples/bio-assistant-8b}, 90 days)
 * are refused approval while the window runs, and once it has ended only the audit attestation that
 * issue 6 supplies is missing. Refusals change nothing and append nothing to the log.
 */
class ReviewWindowScenarioTest extends ScenarioTestBase {

  /** A checked, submitted release of {@code example} whose review has just started. */
  private JsonNode inReview(Scenario scenario, String example, int tier) {
    JsonNode report = checkedExample(scenario, example);
    assertThat(report.path("tier").path("tier").asInt()).isEqualTo(tier);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    return allowed(steward, scenario, "start_review", "in_review");
  }

  private static Duration window(JsonNode release) {
    return Duration.between(
        Instant.parse(release.path("windowStart").asText()),
        Instant.parse(release.path("windowEnd").asText()));
  }

  private static String firstGuardMessage(ApiResponse refused) {
    return refused.json().path("details").path("guards").get(0).path("message").asText();
  }

  @Test
  void tier3Release_refusedBeforeDay30_onlyAttestationMissingAfter_andLogVerifies()
      throws Exception {
    Scenario scenario = draft("coder");
    JsonNode started = inReview(scenario, "coder-7b", 3);
    long revision = started.path("revision").asLong();

    ApiResponse atStart = act(steward, scenario, "approve");
    List<String> closeAtStart = failedGuards(act(scenario.releaser(), scenario, "close_review"));
    clock.advance(Duration.ofDays(29));
    ApiResponse day29 = act(steward, scenario, "approve");
    JsonNode unchanged = scenario.releaser().get(scenario.path()).json();
    int anonymousDay29 = anonymous.get(scenario.path()).status();
    clock.advance(Duration.ofDays(1));
    List<String> day30 = failedGuards(act(steward, scenario, "approve"));
    JsonNode closed = allowed(scenario.releaser(), scenario, "close_review", "awaiting_responses");
    List<String> afterClose = failedGuards(act(steward, scenario, "approve"));

    assertThat(window(started)).isEqualTo(Duration.ofDays(30));
    assertThat(failedGuards(atStart)).containsExactly("review_window_elapsed", "audit_attestation");
    assertThat(closeAtStart).containsExactly("review_window_elapsed");
    assertThat(failedGuards(day29)).containsExactly("review_window_elapsed", "audit_attestation");
    assertThat(firstGuardMessage(day29)).contains("30 days for Tier 3");
    assertThat(unchanged.path("state").asText()).isEqualTo("in_review");
    assertThat(unchanged.path("revision").asLong()).isEqualTo(revision);
    assertThat(anonymousDay29).isEqualTo(404);
    assertThat(day30).containsExactly("audit_attestation");
    assertThat(closed.path("state").asText()).isEqualTo("awaiting_responses");
    assertThat(afterClose).containsExactly("audit_attestation");

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(scenario)))
        .as("refused actions append nothing")
        .containsExactly(
            "release.create",
            "release.check",
            "release.submit",
            "release.start_review",
            "release.close_review");
  }

  @Test
  void tier4Release_refusedAtDay89_windowGuardGoneAtDay90_andLogVerifies() throws Exception {
    Scenario scenario = draft("bio");
    JsonNode started = inReview(scenario, "bio-assistant-8b", 4);

    clock.advance(Duration.ofDays(89));
    ApiResponse day89 = act(steward, scenario, "approve");
    List<String> closeDay89 = failedGuards(act(scenario.releaser(), scenario, "close_review"));
    int anonymousDay89 = anonymous.get(scenario.path()).status();
    clock.advance(Duration.ofDays(1));
    List<String> day90 = failedGuards(act(steward, scenario, "approve"));
    JsonNode current = scenario.releaser().get(scenario.path()).json();

    assertThat(window(started)).isEqualTo(Duration.ofDays(90));
    assertThat(current.path("tier").asInt()).isEqualTo(4);
    assertThat(failedGuards(day89)).containsExactly("review_window_elapsed", "audit_attestation");
    assertThat(firstGuardMessage(day89))
        .contains("90 days for Tier 4")
        .contains(started.path("windowEnd").asText());
    assertThat(closeDay89).containsExactly("review_window_elapsed");
    assertThat(anonymousDay89).isEqualTo(404);
    assertThat(day90).containsExactly("audit_attestation");
    assertThat(current.path("state").asText()).isEqualTo("in_review");

    PublicLog log = assertAuditLogVerifies();
    assertThat(log.actionsAbout(releaseId(scenario)))
        .containsExactly(
            "release.create", "release.check", "release.submit", "release.start_review");
  }
}
