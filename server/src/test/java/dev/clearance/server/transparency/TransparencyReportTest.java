package dev.clearance.server.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.finding.FindingTestBase;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual transparency report (ACC-3) over a registry with two releases released this year (one
 * after answering a finding two days after it was filed), one release still in review with a
 * finding, one certification and two incidents (one acknowledged within the hour and resolved, one
 * critical and not acknowledged in time): only public material is counted.
 */
class TransparencyReportTest extends FindingTestBase {

  @Test
  void report_countsPublicReleasesFindingsAndCertificationsOfTheYearOnly() {
    Scenario answered = inReview("answered");
    ApiClient evaluator = grantedEvaluator(answered, "eve");
    JsonNode finding = file(evaluator, answered, "low");
    clock.advance(Duration.ofDays(2));
    disputed(answered, finding);
    allowed(steward, answered, "approve", "approved");
    allowed(answered.releaser(), answered, "release", "released");
    Released plain = releasedTier1("plain");
    Scenario pending = inReview("pending");
    file(grantedEvaluator(pending, "ida"), pending, "high");
    ApiClient admin = member(plain.scenario().org(), OrgRole.ADMIN, "admin");
    String certification =
        admin
            .post(
                "/api/v1/orgs/" + plain.scenario().org() + "/certifications",
                "{\"statement\": \"We comply.\"}")
            .json()
            .path("id")
            .asText();
    steward.post("/api/v1/certifications/" + certification + "/certify", "{}");
    String reports = plain.scenario().path() + "/incidents";
    String answeredIncident =
        reportIncident(reports, "harm", "medium").path("incident").path("id").asText();
    clock.advance(Duration.ofHours(1));
    String incidentPath =
        "/api/v1/orgs/" + plain.scenario().org() + "/incidents/" + answeredIncident;
    ApiClient releaser = plain.scenario().releaser();
    assertThat(releaser.post(incidentPath + "/acknowledge", "{\"note\": \"Seen.\"}").status())
        .isEqualTo(200);
    assertThat(releaser.post(incidentPath + "/resolve", "{\"resolution\": \"Fixed.\"}").status())
        .isEqualTo(200);
    reportIncident(reports, "output-dispute", "critical");
    clock.advance(Duration.ofHours(5)); // the critical report's 4 hours to acknowledge pass

    ApiResponse response = anonymous.get("/api/v1/transparency-report?year=2026");
    JsonNode report = response.json();
    JsonNode lastYear = anonymous.get("/api/v1/transparency-report?year=2025").json();

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(report.path("year").asInt()).isEqualTo(2026);
    assertThat(report.path("policy").asText()).isEqualTo("rrf@2025.1");
    assertThat(report.path("adoption").path("organizations").asInt()).isEqualTo(3);
    assertThat(report.path("adoption").path("publishing").asInt()).isEqualTo(2);
    assertThat(report.path("adoption").path("certified").asInt()).isEqualTo(1);
    JsonNode releases = report.path("releases");
    assertThat(releases.path("released").asInt()).isEqualTo(2);
    assertThat(releases.path("byTier").path("1").asInt()).isEqualTo(2);
    assertThat(releases.path("byTier").path("3").asInt()).isZero();
    assertThat(releases.path("compliant").asInt()).isEqualTo(2);
    assertThat(releases.path("complianceRate").asDouble()).isEqualTo(1.0);
    JsonNode findings = report.path("findings");
    assertThat(findings.path("filed").asInt()).as("the in-review finding is not public").isOne();
    assertThat(findings.path("answered").asInt()).isOne();
    assertThat(findings.path("medianResponseDays").asDouble()).isEqualTo(2.0);
    assertThat(findings.path("byResponse").path("disputed").asInt()).isOne();
    assertThat(findings.path("overdue").asInt()).isZero();
    assertThat(report.path("certifications").path("granted").asInt()).isOne();
    JsonNode incidents = report.path("incidents");
    assertThat(incidents.path("reported").asInt()).isEqualTo(2);
    assertThat(incidents.path("byKind").path("harm").asInt()).isOne();
    assertThat(incidents.path("byKind").path("output-dispute").asInt()).isOne();
    assertThat(incidents.path("bySeverity").path("critical").asInt()).isOne();
    assertThat(incidents.path("bySeverity").path("low").asInt()).isZero();
    assertThat(incidents.path("open").asInt()).isOne();
    assertThat(incidents.path("resolved").asInt()).isOne();
    assertThat(incidents.path("escalated").asInt()).as("critical: at once").isOne();
    assertThat(incidents.path("acknowledgementsDue").asInt()).isEqualTo(2);
    assertThat(incidents.path("acknowledgedOnTime").asInt()).isOne();
    assertThat(incidents.path("acknowledgedOnTimeRate").asDouble()).isEqualTo(0.5);
    assertThat(incidents.path("resolutionsDue").asInt()).as("the critical is not due yet").isOne();
    assertThat(incidents.path("resolvedOnTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(incidents.path("medianAcknowledgeHours").asDouble()).isEqualTo(1.0);
    assertThat(report.toString()).doesNotContain("Gave a dangerous dose");
    assertThat(lastYear.path("incidents").path("reported").asInt()).isZero();
    assertThat(lastYear.path("incidents").path("acknowledgedOnTimeRate").isNumber()).isFalse();
    assertThat(lastYear.path("releases").path("released").asInt()).isZero();
    assertThat(lastYear.path("releases").path("complianceRate").isNumber()).isFalse();
    assertThat(lastYear.path("findings").path("medianResponseDays").isNumber()).isFalse();

    ApiResponse csv = anonymous.get("/api/v1/transparency-report/csv?year=2026");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().split("\r\n"))
        .startsWith("metric,value", "year,2026")
        .contains(
            "releases.byTier.1,2",
            "releases.complianceRate,1.0",
            "findings.byResponse.disputed,1",
            "adoption.certified,1",
            "incidents.reported,2",
            "incidents.bySeverity.critical,1",
            "incidents.acknowledgedOnTimeRate,0.5");
  }

  private JsonNode reportIncident(String reports, String kind, String severity) {
    ApiResponse reported =
        anonymous.post(
            reports,
            "{\"kind\": \"%s\", \"severity\": \"%s\", \"summary\": \"Gave a dangerous dose\","
                    .formatted(kind, severity)
                + " \"details\": \"It said ten times the label.\"}");
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    return reported.json();
  }

  @Test
  void report_yearOutOfRangeOrNotANumber_400NamingYear() {
    List<ApiResponse> refused =
        List.of(
            anonymous.get("/api/v1/transparency-report?year=1999"),
            anonymous.get("/api/v1/transparency-report?year=2027"),
            anonymous.get("/api/v1/transparency-report?year=twenty"),
            anonymous.get("/api/v1/transparency-report/csv?year=0"));

    assertThat(refused)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.toString()).isEqualTo(400);
              assertThat(r.json().path("details").path("field").asText()).isEqualTo("year");
              assertThat(r.json().path("hint").asText()).contains("2024 to 2026");
            });
  }
}
