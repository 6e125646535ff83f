package dev.clearance.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The release catalog, {@code GET /api/v1/releases} and {@link CatalogQuery} (issue 7), on both
 * databases: who sees which releases, every filter, text search, paging and bad filter values.
 */
class CatalogSearchTest extends CatalogTestBase {

  @Test
  void search_anonymous_seesReleasedButNeverPreRelease() {
    Scenario released = releasedVariant("pub", "apache-2.0", "text-classification");
    Scenario draft = released.version("2.0.0");
    createDraft(draft);
    checkedVariant(draft, "apache-2.0", "text-classification");

    JsonNode page = catalog(anonymous, "org=" + released.org());

    assertThat(labels(page)).containsExactly(label(released));
    assertThat(labels(catalog(anonymous, "state=draft&org=" + released.org()))).isEmpty();
    assertThat(labels(catalog(user("someone"), "org=" + released.org())))
        .containsExactly(label(released));
  }

  @Test
  void search_member_seesPreReleaseOfOwnOrganizationOnly() {
    Scenario mine = draft("mine");
    checkedVariant(mine, "mit", "text-classification");
    Scenario theirs = draft("theirs");
    ApiClient memberOfMine = member(mine.org(), OrgRole.RELEASER, "colleague");

    assertThat(labels(catalog(memberOfMine, "org=" + mine.org()))).containsExactly(label(mine));
    assertThat(labels(catalog(memberOfMine, "org=" + theirs.org()))).isEmpty();
    assertThat(labels(catalog(steward, "org=" + theirs.org()))).containsExactly(label(theirs));
  }

  @Test
  void search_evaluator_seesReleaseInReviewOnlyWithActiveGrant() {
    Scenario review = inReview("review");
    ApiClient granted = grantedEvaluator(review, "granted");
    ApiClient other = user("ungranted", GlobalRole.EVALUATOR);

    assertThat(labels(catalog(granted, "org=" + review.org()))).containsExactly(label(review));
    assertThat(labels(catalog(other, "org=" + review.org()))).isEmpty();
    assertThat(labels(catalog(anonymous, "org=" + review.org()))).isEmpty();

    clock.advance(java.time.Duration.ofDays(61));
    assertThat(labels(catalog(granted, "org=" + review.org()))).isEmpty();
  }

  @Test
  void search_facetsFromTheCheck_areShownAndFiltered() {
    Scenario apache = releasedVariant("facets", "Apache-2.0", "text-classification");
    Scenario vision = apache.version("2.0.0");
    createDraft(vision);
    release(vision, "mit", "image-classification");
    Scenario multimodal = apache.version("3.0.0");
    createDraft(multimodal);
    checkedVariant(multimodal, "mit", "image-text-to-text");
    String org = "org=" + apache.org();

    JsonNode first = catalog(anonymous, org + "&license=apache-2.0").path("items").get(0);
    assertThat(first.path("license").asText()).isEqualTo("apache-2.0");
    assertThat(first.path("pipelineTag").asText()).isEqualTo("text-classification");
    assertThat(first.path("modalities").toString()).isEqualTo("[\"text\"]");
    assertThat(first.path("tier").asInt()).isEqualTo(1);
    assertThat(first.path("path").asText()).isEqualTo(apache.path());
    assertThat(labels(catalog(anonymous, org + "&license=MIT"))).containsExactly(label(vision));
    assertThat(labels(catalog(anonymous, org + "&modality=image"))).containsExactly(label(vision));
    assertThat(labels(catalog(anonymous, org + "&modality=text"))).containsExactly(label(apache));
    assertThat(labels(catalog(anonymous, org + "&modality=multimodal"))).isEmpty();
    ApiClient releaser = apache.releaser();
    assertThat(labels(catalog(releaser, org + "&modality=multimodal")))
        .containsExactly(label(multimodal));
    assertThat(labels(catalog(releaser, org + "&modality=image")))
        .containsExactly(label(multimodal), label(vision));
    assertThat(labels(catalog(releaser, org + "&tier=3"))).containsExactly(label(multimodal));
    assertThat(labels(catalog(releaser, org + "&tier=1")))
        .containsExactly(label(vision), label(apache));
    assertThat(labels(catalog(anonymous, org + "&state=released"))).containsExactly(label(vision));
    assertThat(labels(catalog(anonymous, org + "&state=superseded")))
        .containsExactly(label(apache));
    assertThat(labels(catalog(releaser, org + "&state=draft"))).containsExactly(label(multimodal));
    assertThat(labels(catalog(releaser, org + "&tier=&state=&license=&modality=&q="))).hasSize(3);
  }

  @Test
  void search_text_matchesEveryWordInOrganizationModelOrVersion() {
    Scenario scenario = releasedVariant("zephyr", "mit", "text-classification");
    String model = scenario.model();

    assertThat(labels(catalog(anonymous, "q=" + model.toUpperCase())))
        .containsExactly(label(scenario));
    assertThat(labels(catalog(anonymous, "q=" + scenario.org() + "+1.0.0")))
        .containsExactly(label(scenario));
    assertThat(labels(catalog(anonymous, "q=" + model + "+9.9.9"))).isEmpty();
    assertThat(labels(catalog(anonymous, "q=zeph%25"))).isEmpty();
    assertThat(labels(catalog(anonymous, "q=zeph_r"))).isEmpty();
  }

  @Test
  void search_paging_walksEveryReleaseOnceNewestChangeFirst() {
    Scenario first = draft("paged");
    List<String> expected = new ArrayList<>();
    expected.add(label(first));
    for (String version : List.of("2.0.0", "3.0.0", "4.0.0")) {
      clock.advance(java.time.Duration.ofMinutes(1));
      Scenario next = first.version(version);
      createDraft(next);
      expected.add(0, label(next));
    }

    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page =
          catalog(
              first.releaser(),
              "org=" + first.org() + "&limit=3" + (after == null ? "" : "&after=" + after));
      seen.addAll(labels(page));
      after = page.hasNonNull("next") ? page.path("next").asText() : null;
      pages++;
    } while (after != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(2);
  }

  @Test
  void search_badFilterValues_are400NamingTheFilterAndAllowedValues() {
    assertInvalid("tier=5", "tier", "[1,2,3,4]");
    assertInvalid("state=published", "state", "\"released\"");
    assertInvalid("modality=smell", "modality", "\"multimodal\"");
    assertInvalid("license=Apache%202.0!", "license", null);
    assertInvalid("org=Not%20A%20Slug", "org", null);
    assertInvalid("after=not-a-cursor", "after", null);
    assertInvalid("q=" + "a".repeat(CatalogQuery.MAX_QUERY + 1), "q", null);
    assertInvalid("q=a+b+c+d+e+f+g+h+i", "q", null);
    assertInvalid("limit=0", "limit", null);
  }

  private void assertInvalid(String query, String parameter, String allowed) {
    ApiResponse response = anonymous.get("/api/v1/releases?" + query);
    assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
    assertThat(response.code()).isEqualTo("invalid_parameter");
    assertThat(response.json().path("details").path("parameter").asText()).isEqualTo(parameter);
    assertThat(response.json().path("message").asText()).contains(parameter);
    assertThat(response.json().path("hint").asText()).isNotBlank();
    if (allowed != null) {
      assertThat(response.json().path("details").path("allowed").toString()).contains(allowed);
    }
  }

  @Test
  void search_fromJava_givesWhatTheEndpointGives() {
    Scenario scenario = releasedVariant("java", "mit", "text-classification");
    var filter = CatalogQuery.filter(Map.of("org", List.of(scenario.org())));

    CatalogPage page =
        StoreReads.read(
            db, tx -> CatalogQuery.search(tx, Principal.ANONYMOUS, filter, PageRequest.first(10)));

    assertThat(page.items()).hasSize(1);
    CatalogEntry entry = page.items().get(0);
    assertThat(entry.org() + "/" + entry.model() + "@" + entry.version())
        .isEqualTo(label(scenario));
    assertThat(entry.license()).isEqualTo("mit");
    JsonNode viaApi = catalog(anonymous, "org=" + scenario.org()).path("items").get(0);
    assertThat(viaApi.path("updatedAt").asText()).isEqualTo(entry.updatedAt());
    CatalogChoices choices = StoreReads.read(db, CatalogQuery::choices);
    assertThat(choices.licenses()).contains("mit");
    assertThat(choices.modalities()).contains("text", "multimodal");
  }

  @Test
  void backfill_reportStoredBeforeFacets_getsFacetsFromTheStoredCard() {
    Scenario scenario = releasedVariant("backfill", "bsd-3-clause", "audio-classification");
    run(
        tx ->
            tx.handle()
                .createUpdate(
                    "DELETE FROM release_facets WHERE release_id IN (SELECT r.id FROM releases r"
                        + " JOIN models m ON m.id = r.model_id WHERE m.name = :model)")
                .bind("model", scenario.model())
                .execute());
    assertThat(catalog(anonymous, "org=" + scenario.org()).path("items").get(0).has("license"))
        .isFalse();

    assertThat(registry.jobs().runOnce(FacetBackfillJob.NAME)).isTrue();

    JsonNode item = catalog(anonymous, "org=" + scenario.org()).path("items").get(0);
    assertThat(item.path("license").asText()).isEqualTo("bsd-3-clause");
    assertThat(item.path("modalities").toString()).isEqualTo("[\"audio\"]");
  }
}
