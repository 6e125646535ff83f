package dev.clearance.server.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Certification (ACC-2): an organization attests compliance with the registry's framework version,
 * a steward certifies it for a validity period or declines it, revokes it with a reason, and the
 * organization may withdraw it; granted certifications are public, requests are not.
 */
class CertificationEndpointsTest extends ReleaseTestBase {

  private record Org(String slug, ApiClient admin, ApiClient releaser) {
    String path() {
      return "/api/v1/orgs/" + slug + "/certifications";
    }
  }

  private Org org(String name) {
    String slug = organization(name);
    return new Org(
        slug, member(slug, OrgRole.ADMIN, "admin"), member(slug, OrgRole.RELEASER, "releaser"));
  }

  private static String requested(Org org) {
    ApiResponse response = org.admin().post(org.path(), "{\"statement\": \"We comply.\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private ApiResponse act(String id, String verb, String body) {
    return steward.post("/api/v1/certifications/" + id + "/" + verb, body);
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private List<String> auditActions(String orgSlug) {
    String orgId = tx(repos -> repos.organizations().findBySlug(orgSlug).orElseThrow().id());
    List<StoredEntry> entries = tx(repos -> repos.audit().entriesAbout(orgId, true));
    List<String> actions = new ArrayList<>();
    for (StoredEntry entry : entries) {
      String leaf = entry.leaf();
      int at = leaf.indexOf("\"certification.");
      if (at >= 0) {
        actions.add(leaf.substring(at + 1, leaf.indexOf('"', at + 1)));
      }
    }
    return actions;
  }

  @Test
  void request_thenCertify_publicWithAYearsValidityAndEveryStepAudited() {
    Org acme = org("acme");

    ApiResponse created =
        acme.admin()
            .post(acme.path(), "{\"statement\": \"All releases since January follow it.\"}");
    String id = created.json().path("id").asText();
    ApiResponse hiddenWhileRequested = anonymous.get("/api/v1/certifications/" + id);
    List<String> publicListBefore = ids(anonymous.get(acme.path()));
    List<String> stewardInbox = inboxKinds(steward);
    ApiResponse certified = act(id, "certify", "{}");
    ApiResponse publicView = anonymous.get("/api/v1/certifications/" + id);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/certifications/" + id);
    JsonNode request = created.json();
    assertThat(request.path("status").asText()).isEqualTo("requested");
    assertThat(request.path("policy").asText()).isEqualTo("rrf@2025.1");
    assertThat(request.path("requestedBy").asText()).isEqualTo(acme.admin().name());
    assertThat(hiddenWhileRequested.status()).isEqualTo(404);
    assertThat(publicListBefore).isEmpty();
    assertThat(stewardInbox).contains("certification_changed");
    assertThat(certified.status()).as(certified.toString()).isEqualTo(200);
    assertThat(publicView.status()).isEqualTo(200);
    assertThat(publicView.json().path("status").asText()).isEqualTo("certified");
    assertThat(Instant.parse(publicView.json().path("validUntil").asText()))
        .isEqualTo(clock.instant().plus(Duration.ofDays(Certifications.DEFAULT_VALID_DAYS)));
    assertThat(publicView.json().path("decidedBy").asText()).isEqualTo(steward.name());
    assertThat(ids(anonymous.get(acme.path()))).containsExactly(id);
    assertThat(inboxKinds(acme.admin())).contains("certification_changed");
    assertThat(auditActions(acme.slug()))
        .containsExactly("certification.request", "certification.certify");
  }

  @Test
  void request_whileOneIsOpen_409NamingIt() {
    Org acme = org("busy");
    String first = requested(acme);

    ApiResponse second = acme.admin().post(acme.path(), "{\"statement\": \"Again.\"}");
    act(first, "certify", "{}");
    ApiResponse third = acme.admin().post(acme.path(), "{\"statement\": \"Once more.\"}");

    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("already_open");
    assertThat(second.json().path("details").path("certification").asText()).isEqualTo(first);
    assertThat(second.json().path("hint").asText()).contains("withdraw");
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.json().path("hint").asText()).contains("holds until");
  }

  @Test
  void certify_validityOutOfRange_400NamingValidDays() {
    String id = requested(org("range"));

    ApiResponse zero = act(id, "certify", "{\"validDays\": 0}");
    ApiResponse tooLong = act(id, "certify", "{\"validDays\": 5000}");
    ApiResponse stillRequested = steward.get("/api/v1/certifications/" + id);

    assertThat(List.of(zero, tooLong))
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.toString()).isEqualTo(400);
              assertThat(r.json().path("details").path("field").asText()).isEqualTo("validDays");
            });
    assertThat(stillRequested.json().path("status").asText()).isEqualTo("requested");
  }

  @Test
  void decline_needsAReason_staysPrivate_andTheOrganizationMayAskAgain() {
    Org acme = org("declined");
    String id = requested(acme);

    ApiResponse noReason = act(id, "decline", "{}");
    ApiResponse declined = act(id, "decline", "{\"reason\": \"Two Tier 3 cards lack audits.\"}");
    ApiResponse again = act(id, "certify", "{}");
    ApiResponse asMember = acme.releaser().get("/api/v1/certifications/" + id);
    ApiResponse asPublic = anonymous.get("/api/v1/certifications/" + id);
    ApiResponse newRequest = acme.admin().post(acme.path(), "{\"statement\": \"Fixed.\"}");

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(declined.json().path("status").asText()).isEqualTo("declined");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("not_requested");
    assertThat(asMember.json().path("reason").asText()).isEqualTo("Two Tier 3 cards lack audits.");
    assertThat(asPublic.status()).isEqualTo(404);
    assertThat(newRequest.status()).isEqualTo(201);
  }

  @Test
  void revoke_certified_publicWithTheReason_secondRevoke409() {
    Org acme = org("revoked");
    String id = requested(acme);
    act(id, "certify", "{}");

    ApiResponse revoked = act(id, "revoke", "{\"reason\": \"Released a Tier 4 model early.\"}");
    ApiResponse again = act(id, "revoke", "{\"reason\": \"Twice.\"}");
    ApiResponse asPublic = anonymous.get("/api/v1/certifications/" + id);

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(asPublic.json().path("status").asText()).isEqualTo("revoked");
    assertThat(asPublic.json().path("reason").asText()).isEqualTo("Released a Tier 4 model early.");
    assertThat(asPublic.json().path("endedBy").asText()).isEqualTo(steward.name());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("not_certified");
    assertThat(auditActions(acme.slug()))
        .containsExactly("certification.request", "certification.certify", "certification.revoke");
  }

  @Test
  void expiry_afterValidity_showsExpired_cannotBeRevoked_andANewRequestIsAllowed() {
    Org acme = org("expiring");
    String id = requested(acme);
    act(id, "certify", "{\"validDays\": 30}");
    clock.advance(Duration.ofDays(31));

    ApiResponse view = anonymous.get("/api/v1/certifications/" + id);
    List<String> expired = ids(anonymous.get("/api/v1/certifications?status=expired&limit=200"));
    List<String> holding = ids(anonymous.get("/api/v1/certifications?status=certified&limit=200"));
    ApiResponse revoke = act(id, "revoke", "{\"reason\": \"Late.\"}");
    ApiResponse renewed = acme.admin().post(acme.path(), "{\"statement\": \"Renewal.\"}");

    assertThat(view.json().path("status").asText()).isEqualTo("expired");
    assertThat(expired).contains(id);
    assertThat(holding).doesNotContain(id);
    assertThat(revoke.status()).isEqualTo(409);
    assertThat(revoke.json().path("message").asText()).contains("validity ended");
    assertThat(renewed.status()).as(renewed.toString()).isEqualTo(201);
  }

  @Test
  void withdraw_byTheOrganization_requestStaysPrivate_certificationStaysPublic() {
    Org acme = org("withdrawing");
    Org rival = org("rival");
    String request = requested(acme);

    ApiResponse viaRival =
        rival.admin().post(rival.path() + "/" + request + "/withdraw", "{\"reason\": \"Mine.\"}");
    ApiResponse withdrawnRequest =
        acme.admin()
            .post(acme.path() + "/" + request + "/withdraw", "{\"reason\": \"Too early.\"}");
    String certification = requested(acme);
    act(certification, "certify", "{}");
    ApiResponse withdrawnCertification =
        acme.admin()
            .post(
                acme.path() + "/" + certification + "/withdraw",
                "{\"reason\": \"We stop releasing models.\"}");

    assertThat(viaRival.status()).isEqualTo(404);
    assertThat(withdrawnRequest.status()).as(withdrawnRequest.toString()).isEqualTo(200);
    assertThat(withdrawnRequest.json().path("status").asText()).isEqualTo("withdrawn");
    assertThat(anonymous.get("/api/v1/certifications/" + request).status()).isEqualTo(404);
    assertThat(withdrawnCertification.status()).isEqualTo(200);
    assertThat(ids(anonymous.get(acme.path()))).containsExactly(certification);
    assertThat(inboxKinds(steward)).contains("certification_changed");
  }

  @Test
  void decide_staleIfMatch_412AndNothingChanges() {
    String id = requested(org("stale"));

    ApiResponse stale =
        steward.send(
            "POST",
            "/api/v1/certifications/" + id + "/certify",
            "{}".getBytes(),
            "application/json",
            Map.of("If-Match", "\"7\""));

    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(steward.get("/api/v1/certifications/" + id).json().path("status").asText())
        .isEqualTo("requested");
  }

  @Test
  void list_unknownStatusOrEmptyStatement_400NamingTheField() {
    Org acme = org("inputs");

    ApiResponse status = anonymous.get("/api/v1/certifications?status=gold");
    ApiResponse blank = acme.admin().post(acme.path(), "{\"statement\": \"  \"}");

    assertThat(status.status()).isEqualTo(400);
    assertThat(status.json().path("details").path("field").asText()).isEqualTo("status");
    assertThat(status.json().path("message").asText()).contains("'gold'");
    assertThat(status.json().path("hint").asText()).contains("expired");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().path("details").path("field").asText()).isEqualTo("statement");
  }

  @Test
  void evidence_releasesAndChecksUnderTheVersion_shownToStewardsAndMembersOnly() {
    Scenario checked = draft("evidenced");
    uploadExample(checked, "tiny-classifier");
    assertThat(check(checked).path("passed").asBoolean()).isTrue();
    createDraft(checked.version("2.0.0"));
    ApiClient admin = member(checked.org(), OrgRole.ADMIN, "admin");
    ApiResponse created =
        admin.post(
            "/api/v1/orgs/" + checked.org() + "/certifications", "{\"statement\": \"We comply.\"}");
    String id = created.json().path("id").asText();
    act(id, "certify", "{}");

    JsonNode forSteward = steward.get("/api/v1/certifications/" + id).json().path("evidence");
    JsonNode forPublic = anonymous.get("/api/v1/certifications/" + id).json();

    assertThat(forSteward.path("releases").asInt()).isEqualTo(2);
    assertThat(forSteward.path("checked").asInt()).isEqualTo(1);
    assertThat(forSteward.path("passing").asInt()).isEqualTo(1);
    assertThat(forSteward.path("published").asInt()).isZero();
    assertThat(forSteward.has("findingsOverdue")).as(forSteward.toString()).isTrue();
    assertThat(forSteward.has("incidentsLate")).as(forSteward.toString()).isTrue();
    assertThat(created.json().path("evidence").path("releases").asInt()).isEqualTo(2);
    assertThat(forPublic.path("evidence").isNull() || forPublic.path("evidence").isMissingNode())
        .as(forPublic.toString())
        .isTrue();
  }
}
