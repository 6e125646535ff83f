package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response deadlines (REV-5): a finding unanswered past its severity's response days shows as
 * overdue on its release and in the stewards' overdue list, oldest deadline first; the registry
 * notes each lateness once as an audit event.
 */
class FindingOverdueTest extends FindingTestBase {

  private Scenario scenario;
  private ApiClient ada;

  @BeforeEach
  void releaseInReview() {
    scenario = inReview("late");
    ada = grantedEvaluator(scenario, "ada");
  }

  /** The ids of this scenario's findings in the overdue list, read page by page. */
  private List<String> overdue() {
    List<String> ids = new ArrayList<>();
    String after = null;
    do {
      ApiResponse page =
          steward.get("/api/v1/review/overdue?limit=1" + (after == null ? "" : "&after=" + after));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      for (JsonNode item : page.json().path("items")) {
        if (item.path("org").asText().equals(scenario.org())) {
          ids.add(item.path("id").asText());
        }
      }
      after = page.json().path("next").isMissingNode() ? null : page.json().path("next").asText();
    } while (after != null);
    return ids;
  }

  private int runJob() {
    BackgroundJob job = OverdueFindingsJob.of(registry.context());
    return db.transaction(tx -> job.work().applyAsInt(tx));
  }

  @Test
  void overdue_asTheClockPassesEachDeadline_oldestDeadlineFirst() {
    JsonNode low = file(ada, scenario, "low");
    JsonNode critical = file(ada, scenario, "critical");
    List<String> atFiling = overdue();

    clock.advance(Duration.ofDays(8));
    List<String> afterAWeek = overdue();
    JsonNode criticalView = ada.get(pathOf(scenario, critical)).json();
    clock.advance(Duration.ofDays(23));
    List<String> afterAMonth = overdue();
    disputed(scenario, critical);
    List<String> afterResponse = overdue();

    String lowId = low.path("id").asText();
    String criticalId = critical.path("id").asText();
    assertThat(atFiling).isEmpty();
    assertThat(afterAWeek).containsExactly(criticalId);
    assertThat(criticalView.path("overdue").asBoolean()).isTrue();
    assertThat(afterAMonth).containsExactly(criticalId, lowId);
    assertThat(afterResponse).containsExactly(lowId);
  }

  @Test
  void overdueList_isForStewards_andItemsNameTheRelease() {
    file(ada, scenario, "critical");
    clock.advance(Duration.ofDays(8));

    ApiResponse asReleaser = scenario.releaser().get("/api/v1/review/overdue");
    ApiResponse badCursor = steward.get("/api/v1/review/overdue?after=nonsense");
    JsonNode item =
        steward.get("/api/v1/review/overdue?limit=200").json().path("items").findParent("org");

    assertThat(asReleaser.status()).isEqualTo(403);
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(badCursor.json().path("details").path("parameter").asText()).isEqualTo("after");
    assertThat(item).isNotNull();
    assertThat(item.path("daysOverdue").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(item.path("path").asText()).startsWith("/api/v1/orgs/");
  }

  @Test
  void job_notesEachLatenessOnce_asAnAuditEvent() {
    file(ada, scenario, "critical");
    runJob();
    long before = auditActions(scenario).stream().filter("finding.overdue"::equals).count();
    clock.advance(Duration.ofDays(8));

    int first = runJob();
    int second = runJob();

    long after = auditActions(scenario).stream().filter("finding.overdue"::equals).count();
    assertThat(before).isZero();
    assertThat(first).isGreaterThanOrEqualTo(1);
    assertThat(second).isZero();
    assertThat(after).isEqualTo(1);
  }
}
