package dev.clearance.server.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conflicts of interest and engagements (REV-6, OPS-3): a releaser engages an approved auditor; the
 * request is refused, naming the conflict's kind and organization, when the auditor or their firm
 * has a conflict that counts by the server's clock; the auditor accepts or declines, and sees the
 * release only once accepted.
 */
class EngagementEndpointsTest extends ReleaseTestBase {

  /** A firm with one approved auditor. */
  private record Firm(String slug, ApiClient auditor) {}

  private Firm firm() {
    String slug = Audits.approvedFirm(steward, unique("firm"));
    ApiClient auditor = user("auditor");
    Audits.approvedAuditor(steward, slug, auditor);
    return new Firm(slug, auditor);
  }

  private static ApiResponse engage(Scenario scenario, ApiClient auditor) {
    return scenario
        .releaser()
        .post(
            scenario.path() + "/engagements",
            "{\"auditor\": \"" + auditor.name() + "\", \"scope\": \"safety evaluation\"}");
  }

  private static ApiResponse declare(ApiClient auditor, String body) {
    return auditor.post("/api/v1/me/conflicts", body);
  }

  private static String today(java.time.Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ownership", "funding", "employment"})
  void requestEngagement_declaredConflict_refusedNamingKindAndOrganization(String kind) {
    Scenario scenario = draft("conflicted");
    Firm firm = firm();
    ApiResponse declared =
        declare(
            firm.auditor(),
            "{\"organization\": \"" + scenario.org() + "\", \"kind\": \"" + kind + "\"}");

    ApiResponse refused = engage(scenario, firm.auditor());

    assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("auditor_conflicted");
    assertThat(refused.json().path("message").asText())
        .contains(firm.auditor().name())
        .contains(scenario.org());
    assertThat(refused.json().path("details").path("kind").asText()).isEqualTo(kind);
    assertThat(refused.json().path("hint").asText()).contains("another approved auditor");
    assertThat(scenario.releaser().get(scenario.path() + "/engagements").json().path("engagements"))
        .isEmpty();
  }

  @Test
  void requestEngagement_firmDeclaredPaidEngagement_refusedUntil12MonthsAfterItsEnd() {
    Scenario scenario = draft("paid");
    Firm firm = firm();
    ApiClient colleague = user("colleague");
    Audits.approvedAuditor(steward, firm.slug(), colleague);
    ApiResponse declared =
        declare(
            firm.auditor(),
            "{\"organization\": \""
                + scenario.org()
                + "\", \"kind\": \"paid_engagement\", \"party\": \"firm\", \"endedOn\": \""
                + today(clock)
                + "\"}");

    ApiResponse colleagueRefused = engage(scenario, colleague);
    clock.advance(Duration.ofDays(365));
    ApiResponse twelveMonthsOnRefused = engage(scenario, colleague);
    clock.advance(Duration.ofDays(31));
    ApiResponse thirteenMonthsOn = engage(scenario, colleague);
    JsonNode conflicts = anonymous.get("/api/v1/audit-firms/" + firm.slug() + "/conflicts").json();

    assertThat(declared.json().path("counts").asBoolean()).isTrue();
    assertThat(colleagueRefused.code()).isEqualTo("auditor_conflicted");
    assertThat(colleagueRefused.json().path("message").asText())
        .contains("firm '" + firm.slug() + "'")
        .contains("paid engagement");
    assertThat(twelveMonthsOnRefused.status()).isEqualTo(409);
    assertThat(thirteenMonthsOn.status()).as(thirteenMonthsOn.toString()).isEqualTo(201);
    assertThat(conflicts.path("items").get(0).path("counts").asBoolean()).isFalse();
    assertThat(conflicts.path("items").get(0).path("party").asText()).isEqualTo("firm");
  }

  @Test
  void requestEngagement_withdrawnConflict_allowedAndWithdrawalLogged() {
    Scenario scenario = draft("withdrawn");
    Firm firm = firm();
    String id =
        declare(
                firm.auditor(),
                "{\"organization\": \"" + scenario.org() + "\", \"kind\": \"ownership\"}")
            .json()
            .path("id")
            .asText();

    ApiResponse refused = engage(scenario, firm.auditor());
    ApiResponse otherWithdraws = firm().auditor().delete("/api/v1/me/conflicts/" + id);
    int withdrawn = firm.auditor().delete("/api/v1/me/conflicts/" + id).status();
    ApiResponse allowed = engage(scenario, firm.auditor());
    String userId = tx(tx -> tx.users().findByHandle(firm.auditor().name()).orElseThrow().id());
    long events =
        tx(tx -> tx.audit().entriesAbout(userId, true)).stream()
            .filter(entry -> entry.leaf().contains("audit_conflict.withdraw"))
            .count();

    assertThat(refused.status()).isEqualTo(409);
    assertThat(otherWithdraws.status()).isEqualTo(404);
    assertThat(withdrawn).isEqualTo(204);
    assertThat(allowed.status()).isEqualTo(201);
    assertThat(events).isEqualTo(1);
  }

  @Test
  void requestEngagement_memberOfOrganizationOrSuspendedOrUnknown_refused() {
    Scenario scenario = draft("refusals");
    Firm member = firm();
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(member.auditor().name()).orElseThrow().id(),
                    tx.organizations().findBySlug(scenario.org()).orElseThrow().id(),
                    OrgRole.RELEASER));
    Firm suspended = firm();
    steward.post(
        "/api/v1/audit-firms/" + suspended.slug() + "/status",
        "{\"status\": \"suspended\", \"reason\": \"late filings\"}");

    ApiResponse asMember = engage(scenario, member.auditor());
    ApiResponse ofSuspendedFirm = engage(scenario, suspended.auditor());
    ApiResponse notAnAuditor = engage(scenario, user("plain"));

    assertThat(asMember.code()).isEqualTo("auditor_conflicted");
    assertThat(asMember.json().path("message").asText()).contains("is a member of");
    assertThat(ofSuspendedFirm.code()).isEqualTo("firm_not_active");
    assertThat(ofSuspendedFirm.json().path("message").asText()).contains("late filings");
    assertThat(notAnAuditor.code()).isEqualTo("auditor_not_approved");
  }

  @Test
  void acceptEngagement_auditorSeesPreReleaseMaterial_othersStill404() {
    Scenario scenario = draft("accepted");
    uploadExample(scenario, "tiny-classifier");
    Firm firm = firm();
    Firm other = firm();
    String id = engage(scenario, firm.auditor()).json().path("id").asText();

    int beforeAccepting = firm.auditor().get(scenario.path()).status();
    ApiResponse byOther = other.auditor().post("/api/v1/me/engagements/" + id + "/accept", "");
    ApiResponse accepted = firm.auditor().post("/api/v1/me/engagements/" + id + "/accept", "");
    int release = firm.auditor().get(scenario.path()).status();
    int card = firm.auditor().get(scenario.contentPath("README.md")).status();
    int engagements = firm.auditor().get(scenario.path() + "/engagements").status();
    int otherAuditor = other.auditor().get(scenario.path()).status();
    JsonNode mine = firm.auditor().get("/api/v1/me/engagements").json();
    ApiResponse declineAfter =
        firm.auditor().post("/api/v1/me/engagements/" + id + "/decline", "{}");

    assertThat(beforeAccepting).isEqualTo(404);
    assertThat(byOther.status()).isEqualTo(404);
    assertThat(accepted.json().path("status").asText()).isEqualTo("accepted");
    assertThat(release).isEqualTo(200);
    assertThat(card).isEqualTo(200);
    assertThat(engagements).isEqualTo(200);
    assertThat(otherAuditor).isEqualTo(404);
    assertThat(mine.path("items").get(0).path("version").asText()).isEqualTo("1.0.0");
    assertThat(declineAfter.code()).isEqualTo("already_answered");
    assertThat(auditActions(scenario)).contains("engagement.request", "engagement.accept");
  }

  @Test
  void declineEngagement_withReason_noAccessAndMayBeRequestedAgain() {
    Scenario scenario = draft("declined");
    Firm firm = firm();
    String id = engage(scenario, firm.auditor()).json().path("id").asText();

    ApiResponse declined =
        firm.auditor()
            .post("/api/v1/me/engagements/" + id + "/decline", "{\"reason\": \"no capacity\"}");
    int release = firm.auditor().get(scenario.path()).status();
    ApiResponse again = engage(scenario, firm.auditor());
    ApiResponse twice = engage(scenario, firm.auditor());
    JsonNode audit = scenario.releaser().get(scenario.path() + "/engagements").json();

    assertThat(declined.json().path("status").asText()).isEqualTo("declined");
    assertThat(declined.json().path("decisionReason").asText()).isEqualTo("no capacity");
    assertThat(release).isEqualTo(404);
    assertThat(again.status()).isEqualTo(201);
    assertThat(twice.code()).isEqualTo("already_engaged");
    assertThat(audit.path("attested").asBoolean()).isFalse();
    assertThat(audit.path("engagements")).hasSize(2);
  }

  private static ApiResponse withdraw(ApiClient auditor, String engagement, String body) {
    return auditor.post("/api/v1/me/engagements/" + engagement + "/withdraw", body);
  }

  @Test
  void withdrawEngagement_accepted_noAccessAuditedAndMayBeEngagedAgain() {
    Scenario scenario = draft("withdrawing");
    uploadExample(scenario, "tiny-classifier");
    Firm firm = firm();
    String id = engage(scenario, firm.auditor()).json().path("id").asText();
    firm.auditor().post("/api/v1/me/engagements/" + id + "/accept", "");
    int whileAccepted = firm.auditor().get(scenario.path()).status();

    ApiResponse withdrawn =
        withdraw(firm.auditor(), id, "{\"reason\": \"our firm was offered other work by them\"}");
    ApiResponse twice =
        withdraw(firm.auditor(), id, "{\"reason\": \"our firm was offered other work by them\"}");
    int release = firm.auditor().get(scenario.path()).status();
    int card = firm.auditor().get(scenario.contentPath("README.md")).status();
    ApiResponse reportAfter =
        firm.auditor()
            .putBytes("/api/v1/me/engagements/" + id + "/report?name=r.pdf", new byte[] {1});
    ApiResponse again = engage(scenario, firm.auditor());
    JsonNode audit = scenario.releaser().get(scenario.path() + "/engagements").json();

    assertThat(whileAccepted).isEqualTo(200);
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().path("status").asText()).isEqualTo("withdrawn");
    assertThat(withdrawn.json().path("decisionReason").asText())
        .isEqualTo("our firm was offered other work by them");
    assertThat(twice.status()).isEqualTo(200);
    assertThat(release).isEqualTo(404);
    assertThat(card).isEqualTo(404);
    assertThat(reportAfter.status()).isEqualTo(409);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(audit.path("engagements").findValuesAsText("status"))
        .containsExactly("withdrawn", "requested");
    assertThat(auditActions(scenario))
        .containsOnlyOnce("engagement.withdraw")
        .contains("engagement.accept");
  }

  @Test
  void withdrawEngagement_requestedWithoutReasonOrAfterApproval_refusedAndNothingChanges() {
    Scenario scenario = draft("not-withdrawn");
    Firm firm = firm();
    String id = engage(scenario, firm.auditor()).json().path("id").asText();
    String reason = "{\"reason\": \"changed my mind\"}";

    ApiResponse whileRequested = withdraw(firm.auditor(), id, reason);
    firm.auditor().post("/api/v1/me/engagements/" + id + "/accept", "");
    ApiResponse byOther = withdraw(firm().auditor(), id, reason);
    ApiResponse noReason = withdraw(firm.auditor(), id, "{}");
    String releaseId = releaseId(scenario);
    run(
        tx ->
            tx.handle()
                .createUpdate("UPDATE releases SET state = 'approved' WHERE id = :id")
                .bind("id", releaseId)
                .execute());
    ApiResponse afterApproval = withdraw(firm.auditor(), id, reason);
    JsonNode audit = scenario.releaser().get(scenario.path() + "/engagements").json();

    assertThat(whileRequested.code()).isEqualTo("not_accepted");
    assertThat(whileRequested.json().path("hint").asText()).contains("Decline");
    assertThat(byOther.status()).isEqualTo(404);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(afterApproval.code()).isEqualTo("audit_concluded");
    assertThat(afterApproval.json().path("message").asText()).contains("approved");
    assertThat(audit.path("engagements").get(0).path("status").asText()).isEqualTo("accepted");
    assertThat(auditActions(scenario)).doesNotContain("engagement.withdraw");
  }

  @Test
  void declareConflict_badInput_400NamingTheField() {
    Firm firm = firm();
    String org = organization("target");

    ApiResponse noDate =
        declare(
            firm.auditor(), "{\"organization\": \"" + org + "\", \"kind\": \"paid_engagement\"}");
    ApiResponse dateOnOwnership =
        declare(
            firm.auditor(),
            "{\"organization\": \""
                + org
                + "\", \"kind\": \"ownership\", \"endedOn\": \"2026-01-01\"}");
    ApiResponse badKind =
        declare(firm.auditor(), "{\"organization\": \"" + org + "\", \"kind\": \"friendship\"}");
    ApiResponse unknownOrg =
        declare(firm.auditor(), "{\"organization\": \"no-such-org\", \"kind\": \"funding\"}");

    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.json().path("details").path("field").asText()).isEqualTo("endedOn");
    assertThat(dateOnOwnership.json().path("details").path("field").asText()).isEqualTo("endedOn");
    assertThat(badKind.json().path("details").path("field").asText()).isEqualTo("kind");
    assertThat(unknownOrg.status()).isEqualTo(422);
    assertThat(unknownOrg.code()).isEqualTo("unknown_organization");
  }
}
