package dev.clearance.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.card.InertHtml;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Principal;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.OrgRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model page's read model ({@link ModelPages}, {@code GET …/releases/{version}/page}) on both
 * databases: what it shows of a released release, that pre-release releases are 404 to callers
 * without a right, that granted evaluators' views are logged, and that findings appear only after
 * release, with a steward's redactions applied.
 */
class ModelPageTest extends CatalogTestBase {

  private static JsonNode page(ApiClient client, Scenario scenario) {
    ApiResponse response = client.get(scenario.path() + "/page");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  @Test
  void page_releasedRelease_showsCardCheckFilesVersionsAndLog() {
    Scenario scenario = releasedVariant("page", "apache-2.0", "text-classification");

    JsonNode page = page(anonymous, scenario);

    assertThat(page.path("release").path("state").asText()).isEqualTo("released");
    assertThat(page.path("release").path("rootDigest").asText()).hasSize(64);
    assertThat(page.path("release").path("signature").isObject()).isTrue();
    assertThat(page.path("model").path("org").asText()).isEqualTo(scenario.org());
    assertThat(page.path("cardFile").asText()).isEqualTo("README.md");
    String html = page.path("card").path("html").asText();
    assertThat(html).contains("<h1 id=\"card-").doesNotContain("pipeline_tag:", "license:");
    assertThat(InertHtml.problems(html)).isEmpty();
    assertThat(page.path("facets").path("license").asText()).isEqualTo("apache-2.0");
    JsonNode tier = page.path("check").path("tier");
    assertThat(tier.path("tier").asInt()).isEqualTo(1);
    assertThat(tier.path("triggers").size()).isPositive();
    assertThat(tier.path("triggers").get(0).path("explanation").asText()).isNotBlank();
    assertThat(page.path("tierRule").path("reviewWindowDays").asInt()).isZero();
    assertThat(page.path("check").path("results").size()).isPositive();
    assertThat(page.path("check").path("passed").asBoolean()).isTrue();
    assertThat(fileNames(page)).contains("README.md", "config.json", "model.sig");
    JsonNode versions = page.path("versions");
    assertThat(versions.size()).isEqualTo(1);
    assertThat(versions.get(0).path("current").asBoolean()).isTrue();
    assertThat(page.path("recommendedVersion").asText()).isEqualTo("1.0.0");
    JsonNode review = page.path("review");
    assertThat(review.path("releasedAt").asText()).isNotBlank();
    assertThat(review.path("transitions").size()).isEqualTo(4);
    assertThat(review.path("findings").path("total").asInt()).isZero();
    assertThat(page.path("findingsPublic").asBoolean()).isTrue();
    JsonNode log = page.path("log");
    List<String> actions = new ArrayList<>();
    log.path("entries").forEach(entry -> actions.add(entry.path("action").asText()));
    assertThat(actions).contains("release.create", "release.check", "release.release");
    JsonNode first = log.path("entries").get(0);
    ApiResponse proof = anonymous.get(first.path("proofPath").asText());
    assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
    assertThat(anonymous.get(log.path("evidencePath").asText()).status()).isEqualTo(200);
    assertThat(first.path("actor").asText()).startsWith("page-releaser");
  }

  @Test
  void page_failingDraft_showsEachFailureWithWhatIsMissingAndHowToFix() {
    Scenario scenario = draft("failing");
    uploadExample(scenario, "incomplete-model");
    check(scenario);

    JsonNode page = page(scenario.releaser(), scenario);

    JsonNode failed = null;
    for (JsonNode result : page.path("check").path("results")) {
      if (result.path("status").asText().equals("fail")) {
        failed = result;
      }
    }
    assertThat(failed).as(page.path("check").toString()).isNotNull();
    assertThat(failed.path("missing").asText()).isNotBlank();
    assertThat(failed.path("howToFix").asText()).isNotBlank();
    assertThat(failed.path("whereLooked").size()).isPositive();
    assertThat(page.path("check").path("passed").asBoolean()).isFalse();
    assertThat(page.path("findingsPublic").asBoolean()).isFalse();
  }

  @Test
  void page_preRelease_is404ToThoseWithoutARight() {
    Scenario scenario = draft("hidden");
    checkedVariant(scenario, "mit", "text-classification");
    ApiClient colleague = member(scenario.org(), OrgRole.RELEASER, "colleague");
    Scenario rival = draft("rival");

    assertThat(anonymous.get(scenario.path() + "/page").status()).isEqualTo(404);
    assertThat(user("stranger").get(scenario.path() + "/page").status()).isEqualTo(404);
    assertThat(rival.releaser().get(scenario.path() + "/page").status()).isEqualTo(404);
    assertThat(anonymous.get(scenario.path() + "/page").body())
        .isEqualTo(
            anonymous
                .get(scenario.modelPath() + "/releases/9.9.9/page")
                .body()
                .replace("9.9.9", "1.0.0"));
    assertThat(page(colleague, scenario).path("release").path("state").asText()).isEqualTo("draft");
    assertThat(page(steward, scenario).path("versions").size()).isEqualTo(1);
    ModelPages pages = new ModelPages(registry.context());
    assertThatThrownBy(
            () -> pages.read(Principal.ANONYMOUS, scenario.org(), scenario.model(), "1.0.0"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(
            () -> pages.defaultVersion(Principal.ANONYMOUS, scenario.org(), scenario.model()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void page_versions_hidePreReleaseVersionsFromThePublic() {
    Scenario released = releasedVariant("history", "mit", "text-classification");
    Scenario next = released.version("2.0.0");
    createDraft(next);
    ModelPages pages = new ModelPages(registry.context());

    JsonNode forPublic = page(anonymous, released);
    JsonNode forMember = page(released.releaser(), released);

    assertThat(forPublic.path("versions").size()).isEqualTo(1);
    assertThat(forMember.path("versions").size()).isEqualTo(2);
    assertThat(forMember.path("versions").get(0).path("version").asText()).isEqualTo("2.0.0");
    assertThat(pages.defaultVersion(Principal.ANONYMOUS, released.org(), released.model()))
        .isEqualTo("1.0.0");
  }

  @Test
  void page_grantedEvaluator_seesReleaseInReviewAndTheViewIsLogged() {
    Scenario scenario = inReview("granted");
    ApiClient evaluator = grantedEvaluator(scenario, "eve");

    JsonNode page = page(evaluator, scenario);

    assertThat(page.path("release").path("state").asText()).isEqualTo("in_review");
    assertThat(page.path("review").path("windowEnd").asText()).isNotBlank();
    long logged =
        tx(
            tx ->
                tx.handle()
                    .createQuery(
                        "SELECT COUNT(*) FROM access_events WHERE action = 'view'"
                            + " AND resource = :resource")
                    .bind(
                        "resource",
                        "model page "
                            + scenario.org()
                            + "/"
                            + scenario.model()
                            + "@"
                            + scenario.version())
                    .mapTo(Long.class)
                    .one());
    assertThat(logged).isEqualTo(1);
  }

  @Test
  void page_findings_countedDuringReviewShownAfterReleaseWithRedactions() {
    Scenario scenario = inReview("findings");
    ApiClient evaluator = grantedEvaluator(scenario, "finder");
    JsonNode finding = file(evaluator, scenario, "high");
    disputed(scenario, finding);
    ApiResponse redacted =
        steward.put(
            pathOf(scenario, finding) + "/redaction",
            "{\"parts\": [\"reproduction\"], \"reason\": \"names a real person\"}");
    assertThat(redacted.status()).as(redacted.toString()).isEqualTo(200);

    JsonNode during = page(scenario.releaser(), scenario);
    allowed(steward, scenario, "approve", "approved");
    allowed(scenario.releaser(), scenario, "release", "released");
    JsonNode forPublic = page(anonymous, scenario);
    JsonNode forOrganization = page(scenario.releaser(), scenario);

    assertThat(during.path("findingsPublic").asBoolean()).isFalse();
    assertThat(during.path("findings").size()).isZero();
    JsonNode counts = during.path("review").path("findings");
    assertThat(counts.path("total").asInt()).isEqualTo(1);
    assertThat(count(counts.path("bySeverity"), "high")).isEqualTo(1);
    assertThat(count(counts.path("byResponse"), "disputed")).isEqualTo(1);
    assertThat(count(counts.path("byResponse"), "unanswered")).isZero();
    assertThat(forPublic.path("findingsPublic").asBoolean()).isTrue();
    JsonNode shown = forPublic.path("findings").get(0);
    assertThat(shown.path("reproduction").asText())
        .isEqualTo("[redacted by a steward: names a real person]");
    assertThat(shown.path("responses").get(0).path("kind").asText()).isEqualTo("disputed");
    assertThat(forOrganization.path("findings").get(0).path("reproduction").asText())
        .contains("CEO");
    assertThat(forPublic.path("log").path("entries").toString()).contains("finding.file");
  }

  private static int count(JsonNode counts, String id) {
    for (JsonNode count : counts) {
      if (count.path("id").asText().equals(id)) {
        return count.path("count").asInt();
      }
    }
    throw new AssertionError("no count " + id + " in " + counts);
  }

  private static List<String> fileNames(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.path("files").forEach(file -> names.add(file.path("path").asText()));
    return names;
  }
}
