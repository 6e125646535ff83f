package dev.clearance.server.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.OrgRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incidents and redress (LIFE-2): anyone reports harm or disputes an output of a released model and
 * tracks it by reference; the organization acknowledges, updates and resolves or rejects it within
 * the playbook's deadlines; overdue and severe reports escalate to the stewards.
 */
class IncidentEndpointsTest extends ReleaseTestBase {

  private static final String REPORT =
      "{\"kind\": \"%s\", \"severity\": \"%s\", \"summary\": \"Gave a dangerous dose\","
          + " \"details\": \"Asked for the dose of a medicine, it said ten times the label.\","
          + " \"remedy\": \"Refuse dosage questions.\"}";

  private Released released;

  private java.net.URI releasedOn;

  /**
   * One released Tier 1 model per registry (each test reports its own incidents on it; the class
   * runs once per database, each with its own registry).
   */
  private Scenario release() {
    if (released == null || !registry.baseUri().equals(releasedOn)) {
      released = releasedTier1("incidents");
      releasedOn = registry.baseUri();
    }
    return released.scenario();
  }

  /** Whether a field of the API's JSON is absent (null fields are left out). */
  private static boolean absent(JsonNode field) {
    return field.isMissingNode() || field.isNull();
  }

  private static String reportBody(String kind, String severity) {
    return REPORT.formatted(kind, severity);
  }

  private static JsonNode created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static String incidentPath(Scenario scenario, JsonNode incident) {
    return "/api/v1/orgs/" + scenario.org() + "/incidents/" + incident.path("id").asText();
  }

  /** Each notification of the caller's inbox as JSON text. */
  private static List<String> inbox(ApiClient client) {
    List<String> items = new ArrayList<>();
    client
        .get("/api/v1/me/notifications?limit=200")
        .json()
        .path("items")
        .forEach(item -> items.add(item.toString()));
    return items;
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  @Test
  void report_anonymous_getsAReferenceThatTracksItAndTheOrganizationIsTold() {
    Scenario scenario = release();
    Instant reportedAt = clock.instant();

    ApiResponse response =
        anonymous.post(scenario.path() + "/incidents", reportBody("harm", "medium"));
    JsonNode reported = created(response);
    String reference = reported.path("reference").asText();
    ApiResponse tracked = anonymous.get("/api/v1/incident-reports/" + reference);

    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(reference).startsWith("clri_");
    assertThat(reported.path("trackingPage").asText()).endsWith(reference);
    assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
    JsonNode incident = tracked.json();
    assertThat(incident.path("status").asText()).isEqualTo("received");
    assertThat(incident.path("summary").asText()).isEqualTo("Gave a dangerous dose");
    assertThat(incident.path("remedy").asText()).isEqualTo("Refuse dosage questions.");
    assertThat(incident.path("releaseVersion").asText()).isEqualTo(scenario.version());
    assertThat(Instant.parse(incident.path("acknowledgeBy").asText()))
        .isEqualTo(reportedAt.plus(Duration.ofHours(72)));
    assertThat(Instant.parse(incident.path("resolveBy").asText()))
        .isEqualTo(reportedAt.plus(Duration.ofDays(30)));
    assertThat(absent(incident.path("escalatedAt"))).isTrue();
    assertThat(absent(incident.path("reporter"))).isTrue();
    assertThat(anonymous.get("/api/v1/incident-reports/" + reference + "x").status())
        .isEqualTo(404);
    assertThat(anonymous.get("/api/v1/incident-reports/" + incident.path("id").asText()).status())
        .isEqualTo(404);
    assertThat(inboxKinds(scenario.releaser())).contains("incident_reported");
    assertThat(inbox(steward)).noneMatch(item -> item.contains(incident.path("id").asText()));
    List<StoredEntry> entries = auditEntries(scenario);
    StoredEntry entry =
        entries.stream()
            .filter(e -> leaf(e).path("action").asText().equals("incident.report"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(leaf(entry).path("actor").asText()).isEqualTo("anonymous");
    String details = entry.revealed().orElseThrow().details();
    assertThat(details).contains(incident.path("id").asText(), "\"severity\":\"medium\"");
    assertThat(entry.leaf() + details).doesNotContain("dose");
  }

  @Test
  void steps_acknowledgeUpdateResolve_theReporterFollowsEachAndDeadlinesFollowTheSeverity() {
    Scenario scenario = release();
    ApiClient reporter = user("reporter");
    JsonNode reported =
        created(reporter.post(scenario.path() + "/incidents", reportBody("output-dispute", "low")));
    String reference = reported.path("reference").asText();
    JsonNode incident = reported.path("incident");
    String path = incidentPath(scenario, incident);
    Instant reportedAt = Instant.parse(incident.path("reportedAt").asText());

    ApiResponse acknowledged =
        scenario
            .releaser()
            .post(
                path + "/acknowledge",
                "{\"severity\": \"high\", \"note\": \"Reproduced; working on it.\"}");
    ApiResponse again =
        scenario.releaser().post(path + "/acknowledge", "{\"note\": \"Once more.\"}");
    ApiResponse stale =
        scenario
            .releaser()
            .send(
                "POST",
                path + "/updates",
                "{\"note\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                ifMatch("1"));
    ApiResponse updated =
        scenario.releaser().post(path + "/updates", "{\"note\": \"A fix is in review.\"}");
    ApiResponse resolved =
        steward.post(path + "/resolve", "{\"resolution\": \"Version 1.0.1 refuses.\"}");
    ApiResponse afterClose =
        scenario.releaser().post(path + "/updates", "{\"note\": \"Too late.\"}");
    JsonNode tracked = anonymous.get("/api/v1/incident-reports/" + reference).json();

    assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
    assertThat(acknowledged.json().path("severity").asText()).isEqualTo("high");
    assertThat(Instant.parse(acknowledged.json().path("resolveBy").asText()))
        .isEqualTo(reportedAt.plus(Duration.ofDays(14)));
    assertThat(acknowledged.json().path("reporter").asText()).isEqualTo(reporter.name());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("incident_acknowledged");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(afterClose.status()).isEqualTo(409);
    assertThat(tracked.path("status").asText()).isEqualTo("resolved");
    assertThat(tracked.path("resolution").asText()).isEqualTo("Version 1.0.1 refuses.");
    List<String> steps = new ArrayList<>();
    tracked.path("updates").forEach(update -> steps.add(update.path("step").asText()));
    assertThat(steps).containsExactly("acknowledged", "update", "resolved");
    assertThat(tracked.path("updates").get(0).path("author").asText())
        .isEqualTo(scenario.releaser().name());
    assertThat(inboxKinds(reporter)).contains("incident_updated");
    assertThat(ids(reporter.get("/api/v1/me/incidents"))).contains(incident.path("id").asText());
    assertThat(auditActions(scenario))
        .contains("incident.report", "incident.acknowledge", "incident.update", "incident.resolve");
  }

  @Test
  void reject_saysWhyAndClosesTheReport() {
    Scenario scenario = release();
    JsonNode incident =
        created(anonymous.post(scenario.path() + "/incidents", reportBody("output-dispute", "low")))
            .path("incident");

    ApiResponse rejected =
        scenario
            .releaser()
            .post(
                incidentPath(scenario, incident) + "/reject",
                "{\"resolution\": \"The output quoted is from another model.\"}");

    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().path("status").asText()).isEqualTo("rejected");
    assertThat(
            ids(
                scenario
                    .releaser()
                    .get("/api/v1/orgs/" + scenario.org() + "/incidents?status=rejected")))
        .contains(incident.path("id").asText());
    assertThat(
            ids(
                scenario
                    .releaser()
                    .get("/api/v1/orgs/" + scenario.org() + "/incidents?status=open")))
        .doesNotContain(incident.path("id").asText());
  }

  @Test
  void escalation_criticalAtOnce_othersWhenTheirAcknowledgementIsOverdue_eachOnce() {
    Scenario scenario = release();
    JsonNode critical =
        created(anonymous.post(scenario.path() + "/incidents", reportBody("harm", "critical")))
            .path("incident");
    JsonNode medium =
        created(anonymous.post(scenario.path() + "/incidents", reportBody("harm", "medium")))
            .path("incident");
    List<String> stewardKindsAtFirst = inboxKinds(steward);

    clock.advance(Duration.ofHours(73));
    boolean ran = registry.jobs().runOnce(IncidentEscalationJob.NAME);
    JsonNode mediumAfter = scenario.releaser().get(incidentPath(scenario, medium)).json();
    boolean ranAgain = registry.jobs().runOnce(IncidentEscalationJob.NAME);
    List<String> overdue = ids(steward.get("/api/v1/incidents?status=overdue"));

    assertThat(absent(critical.path("escalatedAt"))).isFalse();
    assertThat(critical.path("updates").get(0).path("step").asText()).isEqualTo("escalated");
    assertThat(stewardKindsAtFirst).contains("incident_escalated");
    assertThat(ran).isTrue();
    assertThat(ranAgain).isTrue();
    assertThat(mediumAfter.path("acknowledgementOverdue").asBoolean()).isTrue();
    assertThat(absent(mediumAfter.path("escalatedAt"))).isFalse();
    long escalations = auditActions(scenario).stream().filter("incident.escalate"::equals).count();
    assertThat(escalations).isEqualTo(2); // critical at once, medium by the job, neither twice
    assertThat(overdue).contains(medium.path("id").asText(), critical.path("id").asText());
    assertThat(ids(steward.get("/api/v1/incidents?status=received")))
        .contains(medium.path("id").asText());
  }

  @Test
  void badInput_refusedWithTheFieldAndNothingStored() {
    Scenario scenario = release();
    String reports = scenario.path() + "/incidents";
    int before = ids(steward.get("/api/v1/incidents?limit=200")).size();

    ApiResponse unknownKind = anonymous.post(reports, reportBody("rumour", "low"));
    ApiResponse unknownSeverity = anonymous.post(reports, reportBody("harm", "apocalyptic"));
    ApiResponse twoLines =
        anonymous.post(
            reports,
            "{\"kind\": \"harm\", \"severity\": \"low\", \"summary\": \"one\\ntwo\","
                + " \"details\": \"d\"}");
    ApiResponse noDetails =
        anonymous.post(reports, "{\"kind\": \"harm\", \"severity\": \"low\", \"summary\": \"s\"}");
    ApiResponse notJson = anonymous.post(reports, "{kind: harm");
    ApiResponse badStatus = steward.get("/api/v1/incidents?status=lost");

    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.body()).contains("harm", "output-dispute");
    assertThat(unknownSeverity.status()).isEqualTo(400);
    assertThat(unknownSeverity.body()).contains("low, medium, high, critical");
    assertThat(twoLines.status()).isEqualTo(400);
    assertThat(twoLines.body()).contains("summary must be one line");
    assertThat(noDetails.status()).isEqualTo(400);
    assertThat(noDetails.body()).contains("details is missing");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(ids(steward.get("/api/v1/incidents?limit=200"))).hasSize(before);
  }

  @Test
  void report_onADraft_isNotAnIncident_andOtherOrganizationsCannotReachOnesIncidents() {
    Scenario draft = draft("unreleased");
    Scenario scenario = release();
    JsonNode incident =
        created(anonymous.post(scenario.path() + "/incidents", reportBody("harm", "low")))
            .path("incident");
    String other = organization("other");
    ApiClient otherReleaser = member(other, OrgRole.RELEASER, "other-releaser");

    ApiResponse byReleaser =
        draft.releaser().post(draft.path() + "/incidents", reportBody("harm", "low"));
    ApiResponse byPublic = anonymous.post(draft.path() + "/incidents", reportBody("harm", "low"));
    ApiResponse viaOtherOrg =
        otherReleaser.get("/api/v1/orgs/" + other + "/incidents/" + incident.path("id").asText());

    assertThat(byReleaser.status()).isEqualTo(409);
    assertThat(byReleaser.code()).isEqualTo("not_released");
    assertThat(byReleaser.body()).contains("file a finding");
    assertThat(byPublic.status()).isEqualTo(404);
    assertThat(viaOtherOrg.status()).isEqualTo(404);
    assertThat(ids(otherReleaser.get("/api/v1/orgs/" + other + "/incidents"))).isEmpty();
  }

  @Test
  void anonymousReports_limitedPerRelease_signedInReportersStillHeard() {
    Scenario scenario = release();
    String reports = scenario.path() + "/incidents";
    Instant since = clock.instant().minus(Incidents.ANONYMOUS_WINDOW);
    long earlier =
        tx(tx -> Incidents.repository(tx).anonymousReportTimes(releaseId(scenario), since)).size();
    for (long i = earlier; i < Incidents.ANONYMOUS_REPORTS_PER_WINDOW; i++) {
      created(anonymous.post(reports, reportBody("harm", "low")));
      clock.advance(Duration.ofSeconds(1));
    }

    ApiResponse limited = anonymous.post(reports, reportBody("harm", "low"));
    ApiResponse signedIn = user("careful").post(reports, reportBody("harm", "low"));
    clock.advance(Incidents.ANONYMOUS_WINDOW);
    ApiResponse later = anonymous.post(reports, reportBody("harm", "low"));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.code()).isEqualTo("too_many_reports");
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(signedIn.status()).isEqualTo(201);
    assertThat(later.status()).isEqualTo(201);
  }

  @Test
  void playbook_listsKindsSeveritiesDeadlinesAndRoles() {
    JsonNode playbook = anonymous.get("/api/v1/incident-playbook").json();

    List<String> severities = new ArrayList<>();
    playbook.path("severities").forEach(s -> severities.add(s.path("id").asText()));
    assertThat(severities).containsExactly("low", "medium", "high", "critical");
    assertThat(playbook.path("severities").get(3).path("acknowledgeHours").asInt()).isEqualTo(4);
    assertThat(playbook.path("severities").get(3).path("escalate").asBoolean()).isTrue();
    assertThat(playbook.path("kinds").get(0).path("id").asText()).isEqualTo("harm");
    assertThat(playbook.path("roles").toString()).contains("stewards", "releasers");
    assertThat(playbook.path("policy").asText()).startsWith("rrf@");
  }
}
