package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who sees and changes releases (OPS-3): pre-release material is 404 to the public, other
 * organizations' members, evaluators and auditors, and visible to all once released.
 */
class ReleaseVisibilityTest extends ReleaseTestBase {

  private List<String> readPaths(Scenario scenario) {
    return List.of(
        scenario.modelPath(),
        scenario.path(),
        scenario.path() + "/files",
        scenario.contentPath("README.md"),
        scenario.path() + "/report",
        scenario.path() + "/transitions");
  }

  private List<ApiClient> outsiders() {
    String otherOrg = organization("other");
    return List.of(
        anonymous,
        member(otherOrg, OrgRole.ADMIN, "other-admin"),
        user("evaluator", GlobalRole.EVALUATOR),
        user("auditor", GlobalRole.AUDITOR));
  }

  @Test
  void draft_outsiders_get404OnReleaseFilesReportAndHistory_insidersGet200() {
    Scenario scenario = draft("hidden");
    uploadExample(scenario, "tiny-classifier");
    check(scenario);
    ApiClient admin = member(scenario.org(), OrgRole.ADMIN, "hidden-admin");

    for (ApiClient outsider : outsiders()) {
      for (String path : readPaths(scenario)) {
        ApiResponse response = outsider.get(path);
        assertThat(response.status()).as(outsider.name() + " GET " + path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
      }
      assertThat(outsider.get(scenario.modelPath() + "/releases").status())
          .as(outsider.name())
          .isEqualTo(404);
      assertThat(outsider.get("/api/v1/orgs/" + scenario.org() + "/models").json().path("items"))
          .as(outsider.name())
          .isEmpty();
    }
    for (ApiClient insider : List.of(scenario.releaser(), admin, steward)) {
      for (String path : readPaths(scenario)) {
        assertThat(insider.get(path).status()).as(insider.name() + " GET " + path).isEqualTo(200);
      }
    }
  }

  @Test
  void missingAndHiddenRelease_answerTheSame404Message() {
    Scenario scenario = draft("same");
    Scenario missing = scenario.version("9.9.9");

    ApiResponse hidden = anonymous.get(scenario.path());
    ApiResponse absent = scenario.releaser().get(missing.path());

    assertThat(hidden.status()).isEqualTo(404);
    assertThat(absent.status()).isEqualTo(404);
    assertThat(hidden.json().path("hint").asText()).isEqualTo(absent.json().path("hint").asText());
  }

  @Test
  void released_everyoneReadsReleaseFilesReportAndHistory() {
    Scenario scenario = inReview("public", "tiny-classifier");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");

    for (ApiClient outsider : outsiders()) {
      for (String path : readPaths(scenario)) {
        assertThat(outsider.get(path).status()).as(outsider.name() + " GET " + path).isEqualTo(200);
      }
      assertThat(outsider.get(scenario.modelPath() + "/releases").json().path("items")).hasSize(1);
    }
    assertThat(anonymous.get(scenario.contentPath("README.md")).body()).startsWith("---");
  }

  private static List<String> versions(ApiResponse list) {
    List<String> versions = new java.util.ArrayList<>();
    list.json().path("items").forEach(item -> versions.add(item.path("version").asText()));
    return versions;
  }

  @Test
  void releaseListOfPublicModel_hidesItsDraftsFromThePublic() {
    Scenario scenario = inReview("mixed", "tiny-classifier");
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
    createDraft(scenario.version("2.0.0-rc1"));

    List<String> publicVersions = versions(anonymous.get(scenario.modelPath() + "/releases"));
    List<String> memberVersions =
        versions(scenario.releaser().get(scenario.modelPath() + "/releases?limit=1"));
    String next =
        scenario
            .releaser()
            .get(scenario.modelPath() + "/releases?limit=1")
            .json()
            .path("next")
            .asText();
    List<String> secondPage =
        versions(scenario.releaser().get(scenario.modelPath() + "/releases?limit=1&after=" + next));

    assertThat(publicVersions).containsExactly("1.0.0");
    assertThat(memberVersions).containsExactly("1.0.0");
    assertThat(secondPage).containsExactly("2.0.0-rc1");
    assertThat(anonymous.get(scenario.version("2.0.0-rc1").path()).status()).isEqualTo(404);
  }

  @Test
  void writes_byOutsiders_areRefused() {
    Scenario scenario = draft("guarded");
    ApiClient otherOrgMember = member(organization("intruder"), OrgRole.ADMIN, "intruder");
    ApiClient evaluator = user("evaluator", GlobalRole.EVALUATOR);

    ApiResponse anonymousModel = anonymous.put(scenario.modelPath(), "{}");
    ApiResponse otherModel = otherOrgMember.put(scenario.modelPath(), "{}");
    ApiResponse otherUpload =
        otherOrgMember.putBytes(scenario.filePath("README.md"), new byte[] {1});
    ApiResponse otherCheck = otherOrgMember.post(scenario.path() + "/check", "");
    ApiResponse otherSubmit = act(otherOrgMember, scenario, "submit");
    ApiResponse evaluatorSubmit = act(evaluator, scenario, "submit");
    ApiResponse releaserStartsReview = act(scenario.releaser(), scenario, "start_review");
    ApiResponse stewardSubmits = act(steward, scenario, "submit");
    ApiResponse anyoneSupersedes = act(steward, scenario, "supersede");

    assertThat(anonymousModel.status()).isEqualTo(401);
    assertThat(otherModel.status()).isEqualTo(403);
    assertThat(otherUpload.status()).isEqualTo(403);
    assertThat(otherCheck.status()).isEqualTo(403);
    // Like uploads and checks, actions need a role in the organization: outsiders get the same
    // 403 whether or not the release exists, so the answer reveals nothing about it.
    assertThat(otherSubmit.status()).isEqualTo(403);
    assertThat(evaluatorSubmit.status()).isEqualTo(403);
    assertThat(evaluatorSubmit.body()).doesNotContain(scenario.version());
    assertThat(releaserStartsReview.status()).isEqualTo(403);
    assertThat(releaserStartsReview.json().path("message").asText()).contains("steward");
    assertThat(stewardSubmits.status()).isEqualTo(403);
    assertThat(anyoneSupersedes.status()).isEqualTo(403);
    assertThat(scenario.releaser().get(scenario.path() + "/files").json().path("items")).isEmpty();
  }

  @Test
  void putModelAndRelease_again_return200WithTheSameResource() {
    Scenario scenario = draft("idempotent");

    ApiResponse model =
        scenario.releaser().put(scenario.modelPath(), "{\"displayName\": \"Other\"}");
    ApiResponse release = scenario.releaser().put(scenario.path(), "{}");

    assertThat(model.status()).isEqualTo(200);
    assertThat(model.json().path("displayName").asText()).isEqualTo(scenario.model());
    assertThat(release.status()).isEqualTo(200);
    assertThat(release.json().path("state").asText()).isEqualTo("draft");
    assertThat(release.headers().firstValue("ETag")).contains("\"1\"");
  }

  @Test
  void badBodies_answer400AndCreateNothing() {
    Scenario scenario = draft("bad-bodies");
    String otherModel = "/api/v1/orgs/" + scenario.org() + "/models/" + unique("never");

    ApiResponse malformed = scenario.releaser().put(otherModel, "{\"displayName\": ");
    ApiResponse wrongType = scenario.releaser().put(otherModel, "{\"displayName\": [\"x\"]}");
    ApiResponse unknownField = scenario.releaser().put(scenario.path(), "{\"tier\": 1}");
    ApiResponse badName =
        scenario.releaser().put("/api/v1/orgs/" + scenario.org() + "/models/Bad_Name", "{}");
    ApiResponse unknownAction = act(scenario.releaser(), scenario, "publish");
    ApiResponse noAction = scenario.releaser().post(scenario.path() + "/transitions", "{}");
    ApiResponse notJson = scenario.releaser().post(scenario.path() + "/transitions", "submit");
    ApiResponse badIfMatch =
        scenario
            .releaser()
            .send(
                "POST",
                scenario.path() + "/transitions",
                "{\"action\": \"submit\"}".getBytes(),
                "application/json",
                java.util.Map.of("If-Match", "latest"));

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("malformed_json");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(unknownField.code()).isEqualTo("unknown_field");
    assertThat(badName.status()).isEqualTo(400);
    assertThat(badName.code()).isEqualTo("invalid_name");
    assertThat(unknownAction.status()).isEqualTo(400);
    assertThat(unknownAction.json().path("message").asText())
        .contains("publish")
        .contains("submit");
    assertThat(noAction.status()).isEqualTo(400);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(badIfMatch.status()).isEqualTo(400);
    assertThat(scenario.releaser().get(otherModel).status()).isEqualTo(404);
    assertThat(scenario.releaser().get(scenario.path()).json().path("state").asText())
        .isEqualTo("draft");
  }
}
