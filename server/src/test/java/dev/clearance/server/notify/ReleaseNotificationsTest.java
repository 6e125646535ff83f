package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The events wired today: release transitions notify the organization (and stewards of a
 * submission), and the reminder job sends {@code window_closing} once per notice (7 days, 1 day) as
 * the server's clock advances through a Tier 3 review window (30 days).
 */
class ReleaseNotificationsTest extends NotifyTestBase {

  /** A checked Tier 3 release ({@code examples/coder-7b}) submitted and in its 30-day review. */
  private Scenario tier3InReview() {
    return inReview("coder", "coder-7b");
  }

  private long windowClosing(ApiClient client) {
    return kinds(client).stream().filter("window_closing"::equals).count();
  }

  private void runReminders() {
    assertThat(registry.jobs().runOnce(WindowClosingJob.NAME)).isTrue();
  }

  @Test
  void transitions_notifyTheOrganization_submissionAlsoTheStewards_nobodyElse() {
    ApiClient otherSteward = user("steward2", GlobalRole.STEWARD);
    ApiClient evaluator = user("evaluator", GlobalRole.EVALUATOR);
    String rival = organization("rival");
    ApiClient rivalAdmin = member(rival, OrgRole.ADMIN, "rival-admin");
    Scenario scenario = tier3InReview();

    JsonNode releaserInbox = inbox(scenario.releaser(), "");

    assertThat(kinds(scenario.releaser()))
        .containsExactly("window_opened", "release_state_changed");
    JsonNode opened = releaserInbox.path("items").get(0);
    assertThat(opened.path("title").asText())
        .isEqualTo(
            "Review window opened for "
                + scenario.org()
                + "/"
                + scenario.model()
                + "@"
                + scenario.version());
    assertThat(opened.path("link").asText()).isEqualTo(scenario.path());
    assertThat(opened.path("body").asText()).contains("runs from");
    assertThat(releaserInbox.path("items").get(1).path("title").asText())
        .endsWith("is now submitted");
    assertThat(kinds(otherSteward)).containsExactly("release_state_changed");
    assertThat(kinds(evaluator)).isEmpty();
    assertThat(kinds(rivalAdmin)).isEmpty();
  }

  /** An evaluator granted access to the scenario's release until {@code days} from now. */
  private ApiClient grantedEvaluator(Scenario scenario, int days) {
    ApiClient evaluator = user("evaluator", GlobalRole.EVALUATOR);
    String evaluatorId = userId(evaluator);
    String releaseId = releaseId(scenario);
    String releaserId = userId(scenario.releaser());
    run(
        tx ->
            AccessGrants.grants(tx)
                .create(
                    releaseId,
                    evaluatorId,
                    "red-team the code model",
                    null,
                    releaserId,
                    clock.instant().plus(Duration.ofDays(days))));
    return evaluator;
  }

  @Test
  void windowClosingJob_clockAdvances_sendsOncePerNotice() {
    Scenario scenario = tier3InReview();
    ApiClient releaser = scenario.releaser();
    ApiClient granted = grantedEvaluator(scenario, 60);
    ApiClient expired = grantedEvaluator(scenario, 10);
    ApiClient bystander = user("bystander", GlobalRole.EVALUATOR);

    runReminders();
    long atStart = windowClosing(releaser);
    clock.advance(Duration.ofDays(23));
    runReminders();
    runReminders();
    long sevenDaysBefore = windowClosing(releaser);
    clock.advance(Duration.ofDays(5));
    runReminders();
    long twoDaysBefore = windowClosing(releaser);
    clock.advance(Duration.ofHours(25));
    runReminders();
    runReminders();
    long hoursBefore = windowClosing(releaser);
    clock.advance(Duration.ofDays(2));
    runReminders();
    long afterEnd = windowClosing(releaser);

    assertThat(atStart).isZero();
    assertThat(sevenDaysBefore).isEqualTo(1);
    assertThat(twoDaysBefore).isEqualTo(1);
    assertThat(hoursBefore).isEqualTo(2);
    assertThat(afterEnd).isEqualTo(2);
    assertThat(windowClosing(granted)).isEqualTo(2);
    assertThat(windowClosing(expired)).as("its grant ended on day 10").isZero();
    assertThat(windowClosing(bystander)).isZero();
    JsonNode latest = inbox(releaser, "").path("items").get(0);
    assertThat(latest.path("kind").asText()).isEqualTo("window_closing");
    assertThat(latest.path("title").asText()).endsWith("closes in 23 hours");
    assertThat(inbox(releaser, "").path("items").get(1).path("title").asText())
        .endsWith("closes in 7 days");
  }
}
