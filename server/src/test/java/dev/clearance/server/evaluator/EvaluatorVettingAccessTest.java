package dev.clearance.server.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may do what in vetting, and bad input (REV-3, OPS-3), on both databases: only stewards
 * decide, never on their own application; an application is visible to its applicant and stewards
 * only; every bad field is a 400 naming it, with nothing stored.
 */
class EvaluatorVettingAccessTest extends VettingTestBase {

  @Test
  void decide_nonStewards_403_anonymous401_nothingChanged() {
    ApiClient applicant = user("hopeful");
    String id = apply(applicant);
    ApiClient evaluator = vettedEvaluator("colleague");
    ApiClient admin = member(organization("org"), OrgRole.ADMIN, "orgadmin");
    long log = auditSize();

    for (ApiClient caller : new ApiClient[] {applicant, evaluator, admin}) {
      assertThat(decide(caller, id, "approve", "{}").status()).isEqualTo(403);
      assertThat(decide(caller, id, "reject", reason("no")).status()).isEqualTo(403);
      assertThat(decideEvaluator(caller, evaluator, "suspend", reason("no")).status())
          .isEqualTo(403);
      assertThat(decideEvaluator(caller, evaluator, "revoke", reason("no")).status())
          .isEqualTo(403);
      assertThat(caller.get(APPLICATIONS).status()).isEqualTo(403);
    }
    assertThat(decide(anonymous, id, "approve", "{}").status()).isEqualTo(401);
    assertThat(anonymous.post(APPLICATIONS, applicationBody("[]")).status()).isEqualTo(401);

    assertThat(applicant.get(APPLICATIONS + "/" + id).json().path("status").asText())
        .isEqualTo("pending");
    assertThat(isVetted(evaluator)).isTrue();
    assertThat(auditSize()).isEqualTo(log);
  }

  @Test
  void application_onlyApplicantAndStewardsSeeIt_othersGet404() {
    String org = organization("sponsor");
    ApiClient applicant = user("private");
    String id = apply(applicant, "[{\"kind\": \"employment\", \"organization\": \"" + org + "\"}]");
    ApiClient other = user("nosy");
    ApiClient evaluator = vettedEvaluator("othereval");

    ApiResponse own = applicant.get(APPLICATIONS + "/" + id);
    ApiResponse asSteward = steward.get(APPLICATIONS + "/" + id);
    ApiResponse asOther = other.get(APPLICATIONS + "/" + id);
    ApiResponse asEvaluator = evaluator.get(APPLICATIONS + "/" + id);
    ApiResponse absent = other.get(APPLICATIONS + "/0190b2d4-0000-7000-8000-000000000000");
    ApiResponse malformed = other.get(APPLICATIONS + "/not-an-id");
    ApiResponse otherWithdraws = other.post(APPLICATIONS + "/" + id + "/withdraw", "");
    ApiResponse stewardWithdraws = steward.post(APPLICATIONS + "/" + id + "/withdraw", "");

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().path("statement").asText()).contains("demographic bias");
    assertThat(own.json().path("conflicts").toString())
        .isEqualTo("[{\"kind\":\"employment\",\"organization\":\"" + org + "\"}]");
    assertThat(own.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(asSteward.status()).isEqualTo(200);
    assertThat(asSteward.body()).isEqualTo(own.body());
    assertThat(asOther.status()).isEqualTo(404);
    assertThat(asEvaluator.status()).isEqualTo(404);
    assertThat(absent.status()).isEqualTo(404);
    assertThat(asOther.json().path("message").asText().replace(id, "X"))
        .isEqualTo(
            absent
                .json()
                .path("message")
                .asText()
                .replace("0190b2d4-0000-7000-8000-000000000000", "X"));
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(otherWithdraws.status()).isEqualTo(404);
    assertThat(stewardWithdraws.status()).isEqualTo(403);
    assertThat(other.get("/api/v1/me/evaluator-applications").json().path("items").size()).isZero();
    assertThat(own.json().path("status").asText()).isEqualTo("pending");
  }

  @Test
  void decide_ownApplicationAsSteward_403AnotherStewardMay() {
    ApiClient second = user("second-steward", GlobalRole.STEWARD);
    String id = apply(second);

    ApiResponse own = decide(second, id, "approve", "{}");
    ApiResponse other = decide(steward, id, "approve", "{}");

    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().path("hint").asText()).contains("Another steward");
    assertThat(other.status()).as(other.toString()).isEqualTo(200);
    assertThat(isVetted(second)).isTrue();
  }

  @Test
  void decide_staleIfMatch_412_currentVersion_200() {
    String id = apply(user("versioned"));

    ApiResponse stale = postIfMatch(steward, APPLICATIONS + "/" + id + "/approve", "{}", 7);
    ApiResponse current = postIfMatch(steward, APPLICATIONS + "/" + id + "/approve", "{}", 1);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(current.status()).as(current.toString()).isEqualTo(200);
    assertThat(current.headers().firstValue("ETag")).contains("\"2\"");
  }

  @Test
  void decide_badReasonOrUnknownEvaluator_4xxAndNothingChanged() {
    ApiClient evaluator = vettedEvaluator("steady");
    long log = auditSize();

    ApiResponse tooLong = decideEvaluator(steward, evaluator, "suspend", reason("x".repeat(2001)));
    ApiResponse control = decideEvaluator(steward, evaluator, "suspend", reason("a\\u0000b"));
    ApiResponse unknown =
        steward.post("/api/v1/evaluators/" + unique("ghost") + "/suspend", reason("why"));
    ApiResponse notEvaluator =
        steward.post("/api/v1/evaluators/" + user("plain").name() + "/revoke", reason("why"));

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(tooLong.json().path("message").asText()).contains("at most 2000");
    assertThat(control.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(notEvaluator.status()).isEqualTo(404);
    assertThat(isVetted(evaluator)).isTrue();
    assertThat(auditSize()).isEqualTo(log);
  }

  @Test
  void apply_badInput_400NamingTheFieldAndNothingStored() {
    String valid = "\"expertise\": [\"bias\"], \"statement\": \"s\", \"conflicts\": []";
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("{" + valid + "}", "affiliation");
    cases.put("{\"affiliation\": \"" + "a".repeat(201) + "\", " + valid + "}", "affiliation");
    cases.put("{\"affiliation\": \"line\\nbreak\", " + valid + "}", "affiliation");
    cases.put(body("[]", "\"s\"", "[]"), "expertise");
    cases.put(body("[\"" + "e".repeat(101) + "\"]", "\"s\"", "[]"), "expertise[0]");
    cases.put(body("[\"bias\"]", "\"" + "s".repeat(5001) + "\"", "[]"), "statement");
    cases.put(body("[\"bias\"]", "\"  \"", "[]"), "statement");
    cases.put(body("[\"bias\"]", "\"s\"", "null"), "conflicts");
    cases.put(
        conflict("{\"kind\": \"funding\", \"organization\": \"no-such-org\"}"),
        "conflicts[0].organization");
    cases.put(
        conflict("{\"kind\": \"funding\", \"organization\": \"Bad Slug\"}"),
        "conflicts[0].organization");
    cases.put(conflict("{\"kind\": \"friendship\", \"description\": \"x\"}"), "conflicts[0].kind");
    cases.put(conflict("{\"description\": \"x\"}"), "conflicts[0].kind");
    cases.put(
        conflict("{\"kind\": \"paid_engagement\", \"description\": \"x\"}"), "conflicts[0].date");
    cases.put(
        conflict("{\"kind\": \"other\", \"description\": \"x\", \"date\": \"March 2026\"}"),
        "conflicts[0].date");
    cases.put(conflict("{\"kind\": \"other\"}"), "conflicts[0]");
    cases.put(
        conflict("{\"kind\": \"other\", \"description\": \"" + "d".repeat(1001) + "\"}"),
        "conflicts[0].description");
    ApiClient applicant = user("careless");
    long log = auditSize();

    for (Map.Entry<String, String> bad : cases.entrySet()) {
      ApiResponse response = applicant.post(APPLICATIONS, bad.getKey());
      assertThat(response.status()).as(bad.getValue() + " -> " + response).isEqualTo(400);
      assertThat(response.json().path("details").path("field").asText())
          .as(response.toString())
          .isEqualTo(bad.getValue());
      assertThat(response.json().path("hint").asText()).isNotBlank();
    }

    assertThat(auditSize()).isEqualTo(log);
    assertThat(applicant.get("/api/v1/me/evaluator-applications").json().path("items").size())
        .isZero();
  }

  private static String body(String expertise, String statement, String conflicts) {
    return "{\"affiliation\": \"Lab\", \"expertise\": "
        + expertise
        + ", \"statement\": "
        + statement
        + ", \"conflicts\": "
        + conflicts
        + "}";
  }

  private static String conflict(String conflict) {
    return body("[\"bias\"]", "\"s\"", "[" + conflict + "]");
  }
}
