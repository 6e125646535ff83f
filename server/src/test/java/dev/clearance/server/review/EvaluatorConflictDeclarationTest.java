package dev.clearance.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.GlobalRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A conflict of interest declared after vetting (REV-3): it joins the evaluator's application, ends
 * their access to and requests for the organization's releases, and keeps new access out.
 */
class EvaluatorConflictDeclarationTest extends ReleaseTestBase {

  private static final String CONFLICTS = "/api/v1/me/evaluator-conflicts";

  private Scenario scenario;
  private ApiClient ada;

  /** A checked, signed Tier 3 release whose review has started, and a vetted evaluator. */
  @BeforeEach
  void releaseInReview() {
    scenario = inReview("coder", "coder-7b");
    ada = user("ada", GlobalRole.EVALUATOR);
  }

  /** Access for {@code evaluator} granted directly by the organization. */
  private JsonNode granted(ApiClient evaluator) {
    String body = "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 20}";
    ApiResponse granted = scenario.releaser().post(scenario.path() + "/grants", body);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return granted.json();
  }

  @Test
  void declare_withTheOrganizationOfAnActiveGrant_accessEndsAndNewAccessIsRefused() {
    JsonNode grant = granted(ada);
    int whileGranted = ada.get(scenario.path()).status();

    ApiResponse declared =
        ada.post(
            CONFLICTS, "{\"kind\": \"employment\", \"organization\": \"" + scenario.org() + "\"}");
    int afterwards = ada.get(scenario.path()).status();
    ApiResponse askedAgain =
        ada.post(scenario.path() + "/access-requests", "{\"purpose\": \"again\"}");
    JsonNode grants = scenario.releaser().get(scenario.path() + "/grants").json();
    JsonNode ended = grants.path("items").get(0);

    assertThat(grant.path("status").asText()).isEqualTo("active");
    assertThat(whileGranted).isEqualTo(200);
    assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
    assertThat(declared.json().path("accessEnded").asInt()).isEqualTo(1);
    assertThat(declared.json().path("application").path("conflicts").toString())
        .contains("employment")
        .contains(scenario.org());
    assertThat(afterwards).isEqualTo(404);
    assertThat(askedAgain.code()).isEqualTo("evaluator_conflicted");
    assertThat(ended.path("status").asText()).isEqualTo("revoked");
    assertThat(ended.toString()).contains("declared a conflict of interest with " + scenario.org());
    assertThat(auditActions(scenario)).contains("access.revoke");
    String adaId = tx(tx -> tx.users().findByHandle(ada.name()).orElseThrow().id());
    List<StoredEntry> aboutAda = tx(tx -> tx.audit().entriesAbout(adaId, true));
    assertThat(aboutAda)
        .filteredOn(entry -> entry.leaf().contains("evaluator.conflict"))
        .hasSize(1)
        .allSatisfy(
            entry ->
                assertThat(entry.revealed().orElseThrow().details())
                    .contains("\"kind\":\"employment\"")
                    .contains(scenario.org()));
  }

  @Test
  void declare_pendingRequestOfTheOrganization_declined_otherOrganizationsUntouched() {
    ApiResponse requested =
        ada.post(scenario.path() + "/access-requests", "{\"purpose\": \"bias probes\"}");
    String elsewhere = organization("elsewhere");

    ApiResponse unrelated =
        ada.post(CONFLICTS, "{\"kind\": \"funding\", \"organization\": \"" + elsewhere + "\"}");
    ApiResponse related =
        ada.post(
            CONFLICTS,
            "{\"kind\": \"paid_engagement\", \"organization\": \""
                + scenario.org()
                + "\", \"date\": \"2026-10-01\", \"description\": \"consulting\"}");
    JsonNode request =
        scenario.releaser().get(scenario.path() + "/grants").json().path("items").get(0);

    assertThat(requested.status()).isEqualTo(201);
    assertThat(unrelated.json().path("accessEnded").asInt()).isZero();
    assertThat(related.json().path("accessEnded").asInt()).isEqualTo(1);
    assertThat(related.json().path("application").path("conflicts")).hasSize(2);
    assertThat(request.path("status").asText()).isEqualTo("declined");
  }

  @Test
  void declare_withoutApplicationOrWithBadFields_refusedAndNothingStored() {
    ApiClient plain = user("plain");

    ApiResponse noApplication =
        plain.post(CONFLICTS, "{\"kind\": \"funding\", \"description\": \"x\"}");
    ApiResponse noKind = ada.post(CONFLICTS, "{\"organization\": \"" + scenario.org() + "\"}");
    ApiResponse noParty = ada.post(CONFLICTS, "{\"kind\": \"funding\"}");
    ApiResponse paidWithoutDate =
        ada.post(CONFLICTS, "{\"kind\": \"paid_engagement\", \"description\": \"x\"}");
    ApiResponse unknownOrganization =
        ada.post(CONFLICTS, "{\"kind\": \"funding\", \"organization\": \"no-such-org\"}");
    JsonNode own = ada.get("/api/v1/me/evaluator-applications").json();

    assertThat(noApplication.code()).isEqualTo("no_open_application");
    assertThat(noApplication.json().path("hint").asText())
        .contains("/api/v1/evaluator-applications");
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(noKind.json().path("details").path("field").asText()).isEqualTo("kind");
    assertThat(noParty.json().path("details").path("field").asText()).isEqualTo("organization");
    assertThat(paidWithoutDate.json().path("details").path("field").asText()).isEqualTo("date");
    assertThat(unknownOrganization.code()).isEqualTo("unknown_organization");
    assertThat(unknownOrganization.json().path("details").path("field").asText())
        .isEqualTo("organization");
    assertThat(own.path("items").get(0).path("conflicts")).isEmpty();
  }
}
