package dev.clearance.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.testing.BothDatabases;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalog's SQL on both databases: facets replaced per release, the public licenses leaving out
 * pre-release material, the reach narrowing rows to what a caller might see, and text words taken
 * literally.
 */
class CatalogRepositoryTest extends BothDatabases {

  private record Made(Organization org, Release release) {}

  /** A release of a new model in {@code state}, checked once, with facets of {@code license}. */
  private Made release(String orgSlug, ReleaseState state, String license) {
    return tx(
        repos -> {
          Organization org =
              repos
                  .organizations()
                  .findBySlug(orgSlug)
                  .orElseGet(() -> repos.organizations().create(orgSlug, orgSlug + " Inc."));
          Model model = repos.models().create(org.id(), unique("model"), "Model");
          Release release = repos.releases().create(model.id(), "1.0.0");
          if (state == ReleaseState.RETRACTED) {
            repos.transitions().record(release.id(), ReleaseState.DRAFT, state, null, "pulled");
          }
          Release stored = repos.releases().update(release.withState(state));
          StoredCheckReport report =
              repos.checkReports().add(release.id(), "rrf", "2025.1", true, "{}");
          new ReleaseFacetRepository(repos.handle(), repos.clock())
              .put(new ReleaseFacets(release.id(), report.id(), license, null, List.of("text")));
          return new Made(org, stored);
        });
  }

  private Page<CatalogRow> search(CatalogFilter filter, CatalogReach reach) {
    return tx(repos -> new CatalogRepository(repos.handle()).search(filter, reach, first()));
  }

  private static PageRequest first() {
    return PageRequest.first(100);
  }

  private static CatalogFilter org(String slug) {
    return new CatalogFilter(List.of(), slug, null, null, null, null);
  }

  @Test
  void put_twice_keepsTheLatestFacetsOnly() {
    Made made = release(unique("org"), ReleaseState.RELEASED, "mit");
    ReleaseFacets newer =
        new ReleaseFacets(
            made.release().id(),
            tx(repos -> repos.checkReports().latest(made.release().id()).orElseThrow().id()),
            "apache-2.0",
            "image-classification",
            List.of("image"));

    run(repos -> new ReleaseFacetRepository(repos.handle(), repos.clock()).put(newer));

    java.util.Optional<ReleaseFacets> stored =
        tx(
            repos ->
                new ReleaseFacetRepository(repos.handle(), repos.clock())
                    .find(made.release().id()));
    assertThat(stored).contains(newer);
  }

  @Test
  void publicLicenses_leaveOutPreReleaseAndRetractedBeforeRelease() {
    String org = unique("org");
    release(org, ReleaseState.RELEASED, unique("released-license"));
    String draft = unique("draft-license");
    release(org, ReleaseState.DRAFT, draft);
    String retracted = unique("retracted-license");
    release(org, ReleaseState.RETRACTED, retracted);

    List<String> licenses =
        tx(repos -> new ReleaseFacetRepository(repos.handle(), repos.clock()).publicLicenses());

    assertThat(licenses).anyMatch(license -> license.startsWith("released-license"));
    assertThat(licenses).doesNotContain(draft, retracted);
  }

  @Test
  void search_reach_narrowsToPublicStatesMembershipsGrantsAndEngagements() {
    String slug = unique("org");
    Made released = release(slug, ReleaseState.RELEASED, "mit");
    Made draft = release(slug, ReleaseState.DRAFT, "mit");

    List<String> forPublic = ids(search(org(slug), CatalogReach.PUBLIC));
    List<String> forMember = ids(search(org(slug), new CatalogReach(false, Set.of(slug), "u")));
    List<String> forSteward = ids(search(org(slug), new CatalogReach(true, Set.of(), "s")));

    assertThat(forPublic).containsExactly(released.release().id());
    assertThat(forMember).containsExactly(draft.release().id(), released.release().id());
    assertThat(forSteward).isEqualTo(forMember);
  }

  @Test
  void search_wordsWithWildcards_areTakenLiterally() {
    String slug = unique("wild");
    release(slug, ReleaseState.RELEASED, "mit");
    CatalogReach all = new CatalogReach(true, Set.of(), "s");

    assertThat(
            search(new CatalogFilter(List.of("wild"), slug, null, null, null, null), all).items())
        .hasSize(1);
    assertThat(search(new CatalogFilter(List.of("w%d"), slug, null, null, null, null), all).items())
        .isEmpty();
    assertThat(
            search(new CatalogFilter(List.of("w_ld"), slug, null, null, null, null), all).items())
        .isEmpty();
    assertThat(
            search(new CatalogFilter(List.of("wild!"), slug, null, null, null, null), all).items())
        .isEmpty();
  }

  @Test
  void search_badCursor_isRefused() {
    assertThatThrownBy(
            () ->
                tx(
                    repos ->
                        new CatalogRepository(repos.handle())
                            .search(
                                CatalogFilter.ALL,
                                CatalogReach.PUBLIC,
                                new PageRequest("1.x'; DROP TABLE releases", 10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not the 'next' of a catalog page");
  }

  private static List<String> ids(Page<CatalogRow> page) {
    return page.items().stream().map(row -> row.release().id()).toList();
  }
}
