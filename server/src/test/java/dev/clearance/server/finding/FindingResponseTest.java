package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organization's mandatory responses (REV-5): one response of one kind per finding, the filing
 * evaluator's one contest within the contest period, and the steward's decision either way.
 */
class FindingResponseTest extends FindingTestBase {

  private Scenario scenario;
  private ApiClient ada;

  @BeforeEach
  void releaseInReview() {
    scenario = inReview("respond");
    ada = grantedEvaluator(scenario, "ada");
  }

  private ApiResponse contest(ApiClient client, JsonNode finding) {
    return client.post(
        pathOf(scenario, finding) + "/contest", "{\"reason\": \"The data is not public.\"}");
  }

  private ApiResponse decide(JsonNode finding, String outcome) {
    return steward.post(
        pathOf(scenario, finding) + "/decision",
        "{\"outcome\": \"" + outcome + "\", \"reason\": \"Read both sides.\"}");
  }

  @Test
  void template_responseKinds_areTheFormsTheResponseEndpointTakes() {
    JsonNode template = scenario.releaser().get(scenario.path() + "/finding-template").json();

    List<String> kinds = new java.util.ArrayList<>();
    for (JsonNode kind : template.path("responses")) {
      kinds.add(kind.path("kind").asText());
      assertThat(kind.path("title").asText()).isNotBlank();
      StringBuilder body = new StringBuilder("{\"kind\": \"" + kind.path("kind").asText() + "\"");
      for (JsonNode field : kind.path("fields")) {
        assertThat(field.path("label").asText()).isNotBlank();
        assertThat(field.path("required").asBoolean()).isTrue();
        String value = field.path("name").asText().equals("fixedIn") ? "1.0.1" : "Filled in";
        body.append(", \"").append(field.path("name").asText()).append("\": \"").append(value);
        body.append('"');
      }
      ApiResponse answered = respond(scenario, file(ada, scenario, "low"), body + "}");
      assertThat(answered.status()).as(kind + ": " + answered).isEqualTo(201);
    }

    assertThat(kinds).containsExactly("mitigated", "accepted_risk", "disputed");
  }

  @Test
  void respond_eachKind_withItsFields() {
    ApiResponse mitigated =
        respond(
            scenario,
            file(ada, scenario, "high"),
            "{\"kind\": \"mitigated\", \"whatChanged\": \"Scrubbed addresses\", \"fixedIn\":"
                + " \"1.0.1\", \"evidence\": \"0 of 500 completions leak\"}");
    ApiResponse accepted =
        respond(
            scenario,
            file(ada, scenario, "low"),
            "{\"kind\": \"accepted_risk\", \"rationale\": \"Addresses are on the website.\"}");
    JsonNode disputed = disputed(scenario, file(ada, scenario, "low"));

    JsonNode response = mitigated.json().path("responses").get(0);
    assertThat(mitigated.status()).isEqualTo(201);
    assertThat(mitigated.json().path("state").asText()).isEqualTo("answered");
    assertThat(response.path("kind").asText()).isEqualTo("mitigated");
    assertThat(response.path("fixedIn").asText()).isEqualTo("1.0.1");
    assertThat(response.path("respondedBy").asText()).isEqualTo(scenario.releaser().name());
    assertThat(accepted.json().path("responses").get(0).path("rationale").asText())
        .contains("website");
    assertThat(disputed.path("responses").get(0).path("kind").asText()).isEqualTo("disputed");
    assertThat(disputed.path("contestableUntil").asText()).isNotBlank();
    assertThat(auditActions(scenario)).contains("finding.respond");
  }

  @Test
  void respond_wrongFieldsOrSecondTime_isRefused() {
    JsonNode finding = file(ada, scenario, "high");

    ApiResponse noVersion =
        respond(
            scenario,
            finding,
            "{\"kind\": \"mitigated\", \"whatChanged\": \"x\", \"evidence\": \"y\"}");
    ApiResponse mixed =
        respond(
            scenario,
            finding,
            "{\"kind\": \"accepted_risk\", \"rationale\": \"ok\", \"fixedIn\": \"1.0.1\"}");
    ApiResponse unknown = respond(scenario, finding, "{\"kind\": \"ignored\"}");
    ApiResponse byEvaluator =
        ada.post(pathOf(scenario, finding) + "/response", "{\"kind\": \"disputed\"}");
    disputed(scenario, finding);
    ApiResponse second =
        respond(scenario, finding, "{\"kind\": \"disputed\", \"rationale\": \"x\"}");

    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().path("details").path("field").asText()).isEqualTo("fixedIn");
    assertThat(mixed.json().path("details").path("field").asText()).isEqualTo("fixedIn");
    assertThat(unknown.json().path("details").path("allowed").toString())
        .contains("mitigated", "accepted_risk", "disputed");
    assertThat(byEvaluator.status()).isEqualTo(403);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("finding_answered");
  }

  @Test
  void contest_onceByTheFiler_thenStewardUpholds_resolvesIt() {
    JsonNode finding = file(ada, scenario, "medium");
    disputed(scenario, finding);

    ApiResponse byOther = contest(grantedEvaluator(scenario, "cy"), finding);
    ApiResponse contested = contest(ada, finding);
    ApiResponse twice = contest(ada, finding);
    ApiResponse upheld = decide(finding, "uphold");
    ApiResponse again = decide(finding, "uphold");

    assertThat(byOther.status()).isEqualTo(403);
    assertThat(contested.status()).as(contested.toString()).isEqualTo(200);
    assertThat(contested.json().path("state").asText()).isEqualTo("contested");
    assertThat(contested.json().path("responses").get(0).path("contestReason").asText())
        .contains("not public");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(upheld.json().path("state").asText()).isEqualTo("resolved");
    assertThat(upheld.json().path("responses").get(0).path("decision").asText())
        .isEqualTo("upheld");
    assertThat(again.code()).isEqualTo("finding_not_contested");
    assertThat(auditActions(scenario)).contains("finding.contest", "finding.decide");
  }

  @Test
  void contestedList_showsTheContestedResponseToStewards_untilDecided() {
    JsonNode finding = file(ada, scenario, "medium");
    disputed(scenario, finding);
    String id = finding.path("id").asText();

    List<String> beforeContest = contestedIds();
    contest(ada, finding);
    JsonNode listed = contestedItem(id);
    ApiResponse asReleaser = scenario.releaser().get("/api/v1/review/contested");
    ApiResponse badCursor = steward.get("/api/v1/review/contested?after=nonsense");
    steward.post(
        listed.path("decisionPath").asText(), "{\"outcome\": \"uphold\", \"reason\": \"Read.\"}");
    List<String> afterDecision = contestedIds();

    assertThat(beforeContest).doesNotContain(id);
    assertThat(listed.path("org").asText()).isEqualTo(scenario.org());
    assertThat(listed.path("response").path("kind").asText()).isEqualTo("disputed");
    assertThat(listed.path("response").path("contestReason").asText()).contains("not public");
    assertThat(listed.path("decisionPath").asText())
        .isEqualTo(pathOf(scenario, finding) + "/decision");
    assertThat(asReleaser.status()).isEqualTo(403);
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(afterDecision).doesNotContain(id);
  }

  private List<String> contestedIds() {
    return ids(steward.get("/api/v1/review/contested?limit=200"));
  }

  private JsonNode contestedItem(String id) {
    for (JsonNode item : steward.get("/api/v1/review/contested?limit=200").json().path("items")) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("finding " + id + " is not in the contested list");
  }

  @Test
  void contest_sustained_organizationRespondsAgain_withoutSecondContest() {
    JsonNode finding = file(ada, scenario, "critical");
    disputed(scenario, finding);
    contest(ada, finding);
    clock.advance(Duration.ofDays(3));

    ApiResponse sustained = decide(finding, "sustain");
    ApiResponse answeredAgain =
        respond(
            scenario,
            finding,
            "{\"kind\": \"mitigated\", \"whatChanged\": \"Filtered\", \"fixedIn\": \"1.0.2\","
                + " \"evidence\": \"no leaks in 1000 samples\"}");
    ApiResponse secondContest = contest(ada, finding);

    Instant decidedAt =
        Instant.parse(sustained.json().path("responses").get(0).path("decidedAt").asText());
    assertThat(sustained.json().path("state").asText()).isEqualTo("open");
    assertThat(Instant.parse(sustained.json().path("dueAt").asText()))
        .isEqualTo(decidedAt.plus(Duration.ofDays(7)));
    assertThat(answeredAgain.status()).isEqualTo(201);
    assertThat(answeredAgain.json().path("responses")).hasSize(2);
    assertThat(secondContest.status()).isEqualTo(409);
    assertThat(secondContest.code()).isEqualTo("contest_used");
  }

  @Test
  void contest_afterTheContestPeriod_is409() {
    JsonNode finding = file(ada, scenario, "low");
    disputed(scenario, finding);
    clock.advance(Duration.ofDays(15));

    ApiResponse late = contest(ada, finding);

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("contest_period_over");
  }

  @Test
  void approve_withUnansweredFinding_isRefusedListingIt() {
    JsonNode open = file(ada, scenario, "Leaks addresses", "high");
    disputed(scenario, file(ada, scenario, "low"));

    ApiResponse refused = act(steward, scenario, "approve");

    assertThat(failedGuards(refused)).containsExactly("findings_answered");
    JsonNode listed =
        refused.json().path("details").path("guards").get(0).path("details").path("findings");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("id").asText()).isEqualTo(open.path("id").asText());
    assertThat(listed.get(0).path("title").asText()).isEqualTo("Leaks addresses");
    assertThat(listed.get(0).path("severity").asText()).isEqualTo("high");
    assertThat(listed.get(0).path("dueAt").asText()).isEqualTo(open.path("dueAt").asText());
  }

  @Test
  void approve_withContestedResponse_isRefusedListingIt_thenAllowedOnceDecided() {
    JsonNode finding = file(ada, scenario, "medium");
    disputed(scenario, finding);
    contest(ada, finding);

    ApiResponse refused = act(steward, scenario, "approve");
    decide(finding, "uphold");

    assertThat(failedGuards(refused)).containsExactly("no_contested_responses");
    assertThat(
            refused
                .json()
                .path("details")
                .path("guards")
                .get(0)
                .path("details")
                .path("findings")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo(finding.path("id").asText());
    allowed(steward, scenario, "approve", "approved");
  }

  @Test
  void duplicate_needsNoResponse_andIsAnsweredWithItsOriginal() {
    JsonNode original = file(ada, scenario, "high");
    JsonNode copy = file(grantedEvaluator(scenario, "cy"), scenario, "high");
    String link = pathOf(scenario, copy) + "/duplicate";

    ApiResponse toItself =
        scenario.releaser().post(link, "{\"of\": \"" + copy.path("id").asText() + "\"}");
    ApiResponse linked =
        scenario.releaser().post(link, "{\"of\": \"" + original.path("id").asText() + "\"}");
    ApiResponse respondToCopy =
        respond(scenario, copy, "{\"kind\": \"disputed\", \"rationale\": \"x\"}");
    ApiResponse originalAsDuplicate =
        steward.post(
            pathOf(scenario, original) + "/duplicate",
            "{\"of\": \"" + copy.path("id").asText() + "\"}");
    ApiResponse refused = act(steward, scenario, "approve");
    disputed(scenario, original);
    JsonNode copyAfter = ada.get(pathOf(scenario, copy)).json();

    assertThat(toItself.status()).isEqualTo(400);
    assertThat(toItself.json().path("details").path("field").asText()).isEqualTo("of");
    assertThat(linked.json().path("state").asText()).isEqualTo("duplicate");
    assertThat(linked.json().path("duplicateOf").asText()).isEqualTo(original.path("id").asText());
    assertThat(linked.json().path("originalState").asText()).isEqualTo("open");
    assertThat(respondToCopy.code()).isEqualTo("finding_duplicate");
    assertThat(originalAsDuplicate.status()).isEqualTo(409);
    JsonNode listed =
        refused.json().path("details").path("guards").get(0).path("details").path("findings");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("id").asText()).isEqualTo(original.path("id").asText());
    assertThat(copyAfter.path("originalState").asText()).isEqualTo("answered");
    assertThat(copyAfter.path("overdue").asBoolean()).isFalse();
    allowed(steward, scenario, "approve", "approved");
    assertThat(auditActions(scenario)).contains("finding.duplicate");
  }

  @Test
  void events_areSealedAuditEventsAboutTheRelease() {
    JsonNode finding = file(ada, scenario, "low");
    disputed(scenario, finding);

    List<String> actions = auditActions(scenario);

    assertThat(actions).containsSubsequence("finding.file", "finding.respond");
    assertThat(auditEntries(scenario))
        .filteredOn(entry -> leaf(entry).path("action").asText().startsWith("finding."))
        .hasSize(2)
        .allSatisfy(
            entry -> {
              assertThat(entry.revealed().orElseThrow().revealed()).isFalse();
              assertThat(entry.revealed().orElseThrow().details())
                  .contains(finding.path("id").asText());
            });
  }
}
