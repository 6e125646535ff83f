package dev.clearance.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseRepositoryTest extends BothDatabases {

  private Model newModel() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    return tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
  }

  @Test
  void findWithOrganization_existingModel_givesBothAsStored() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Model model = tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
    tx(repos -> repos.models().create(org.id(), unique("model"), "Other"));

    Optional<OrganizationModel> found =
        tx(repos -> repos.models().findWithOrganization(org.slug(), model.name()));

    assertThat(found).contains(new OrganizationModel(org, Optional.of(model)));
  }

  @Test
  void findWithOrganization_modelOfAnotherOrganization_givesOrganizationAlone() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Model elsewhere = newModel();

    Optional<OrganizationModel> found =
        tx(repos -> repos.models().findWithOrganization(org.slug(), elsewhere.name()));

    assertThat(found).contains(new OrganizationModel(org, Optional.empty()));
  }

  @Test
  void findWithOrganization_unknownOrganization_isEmpty() {
    Model model = newModel();

    Optional<OrganizationModel> found =
        tx(repos -> repos.models().findWithOrganization(unique("org"), model.name()));

    assertThat(found).isEmpty();
  }

  @Test
  void create_newRelease_isDraftAtVersionOne() {
    Model model = newModel();
    Release release = tx(repos -> repos.releases().create(model.id(), "1.0.0"));
    Optional<Release> found = tx(repos -> repos.releases().findByVersion(model.id(), "1.0.0"));
    assertThat(found).contains(release);
    assertThat(release.state()).isEqualTo(ReleaseState.DRAFT);
    assertThat(release.version()).isEqualTo(1);
    assertThat(release.recommended()).isFalse();
  }

  @Test
  void create_sameVersionTwice_throwsConflictNamingVersionLabel() {
    Model model = newModel();
    run(repos -> repos.releases().create(model.id(), "2.0"));
    assertThatThrownBy(() -> run(repos -> repos.releases().create(model.id(), "2.0")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.fields()).containsExactly("model_id", "version_label"));
  }

  @Test
  void create_sameModelNameInTwoOrganizations_isAllowed() {
    Organization first = tx(repos -> repos.organizations().create(unique("org"), "One"));
    Organization second = tx(repos -> repos.organizations().create(unique("org"), "Two"));
    Model a = tx(repos -> repos.models().create(first.id(), "llama-like", "A"));
    Model b = tx(repos -> repos.models().create(second.id(), "llama-like", "B"));
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThatThrownBy(() -> run(repos -> repos.models().create(first.id(), "llama-like", "C")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void update_submitWithWindow_storesEveryField() {
    Model model = newModel();
    Release draft = tx(repos -> repos.releases().create(model.id(), "3.0"));
    Instant now = clock.instant();
    Release submitted =
        draft
            .withState(ReleaseState.SUBMITTED)
            .withTier(3)
            .withPolicy("rrf-default", "2026.11")
            .withRootDigest("ab".repeat(32))
            .withSubmittedAt(now)
            .withWindow(now, now.plus(Duration.ofDays(30)));
    Release stored = tx(repos -> repos.releases().update(submitted));
    Optional<Release> reread = tx(repos -> repos.releases().find(draft.id()));
    assertThat(stored.version()).isEqualTo(2);
    assertThat(reread).contains(stored);
    assertThat(stored.tier()).isEqualTo(3);
    assertThat(stored.windowEndsAt()).isEqualTo(now.plus(Duration.ofDays(30)));
    assertThat(stored.policyVersion()).isEqualTo("2026.11");
  }

  @Test
  void update_twoWritersFromSameVersion_secondIsStale() {
    Model model = newModel();
    Release draft = tx(repos -> repos.releases().create(model.id(), "4.0"));
    run(repos -> repos.releases().update(draft.withState(ReleaseState.SUBMITTED)));
    assertThatThrownBy(
            () -> run(repos -> repos.releases().update(draft.withState(ReleaseState.RETRACTED))))
        .isInstanceOfSatisfying(
            StaleVersionException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    Optional<Release> stored = tx(repos -> repos.releases().find(draft.id()));
    assertThat(stored.orElseThrow().state()).isEqualTo(ReleaseState.SUBMITTED);
  }

  @Test
  void markRecommended_second_clearsTheFirst() {
    Model model = newModel();
    Release first = tx(repos -> repos.releases().create(model.id(), "1.0"));
    Release second = tx(repos -> repos.releases().create(model.id(), "1.1"));
    run(repos -> repos.releases().markRecommended(first.id(), 1));
    run(repos -> repos.releases().markRecommended(second.id(), 1));
    Optional<Release> recommended = tx(repos -> repos.releases().findRecommended(model.id()));
    Optional<Release> firstNow = tx(repos -> repos.releases().find(first.id()));
    assertThat(recommended.orElseThrow().id()).isEqualTo(second.id());
    assertThat(firstNow.orElseThrow().recommended()).isFalse();
  }

  @Test
  void listByState_submittedOnly_excludesDrafts() {
    Model model = newModel();
    Release draft = tx(repos -> repos.releases().create(model.id(), "5.0"));
    Release other = tx(repos -> repos.releases().create(model.id(), "5.1"));
    run(repos -> repos.releases().update(other.withState(ReleaseState.IN_REVIEW)));
    Page<Release> inReview =
        tx(repos -> repos.releases().listByState(ReleaseState.IN_REVIEW, PageRequest.first(500)));
    assertThat(inReview.items())
        .extracting(Release::id)
        .contains(other.id())
        .doesNotContain(draft.id());
  }

  @Test
  void listByOrganization_inState_acrossModels_onlyThatOrganization_paged() {
    Model first = newModel();
    Model second =
        tx(repos -> repos.models().create(first.orgId(), unique("model"), "Second model"));
    Model elsewhere = newModel();
    Release a = tx(repos -> repos.releases().create(first.id(), "1.0"));
    Release b = tx(repos -> repos.releases().create(second.id(), "1.0"));
    Release c = tx(repos -> repos.releases().create(second.id(), "2.0"));
    Release foreign = tx(repos -> repos.releases().create(elsewhere.id(), "1.0"));
    run(repos -> repos.releases().update(c.withState(ReleaseState.IN_REVIEW)));
    run(repos -> repos.releases().update(foreign.withState(ReleaseState.IN_REVIEW)));

    Page<Release> drafts =
        tx(
            repos ->
                repos
                    .releases()
                    .listByOrganization(first.orgId(), ReleaseState.DRAFT, PageRequest.first(1)));
    Page<Release> moreDrafts =
        tx(
            repos ->
                repos
                    .releases()
                    .listByOrganization(
                        first.orgId(),
                        ReleaseState.DRAFT,
                        PageRequest.first(1).next(drafts.next().orElseThrow())));
    Page<Release> inReview =
        tx(
            repos ->
                repos
                    .releases()
                    .listByOrganization(
                        first.orgId(), ReleaseState.IN_REVIEW, PageRequest.first(10)));

    assertThat(drafts.items()).extracting(Release::id).containsExactly(a.id());
    assertThat(moreDrafts.items()).extracting(Release::id).containsExactly(b.id());
    assertThat(moreDrafts.next()).isEmpty();
    assertThat(inReview.items()).extracting(Release::id).containsExactly(c.id());
  }

  @Test
  void countByState_countsTheOrganizationsReleases_zeroForOtherStates() {
    Model model = newModel();
    Model elsewhere = newModel();
    tx(repos -> repos.releases().create(model.id(), "1.0"));
    Release reviewed = tx(repos -> repos.releases().create(model.id(), "2.0"));
    tx(repos -> repos.releases().create(elsewhere.id(), "1.0"));
    run(repos -> repos.releases().update(reviewed.withState(ReleaseState.IN_REVIEW)));

    var counts = tx(repos -> repos.releases().countByState(model.orgId()));

    assertThat(counts).hasSize(ReleaseState.values().length);
    assertThat(counts.get(ReleaseState.DRAFT)).isEqualTo(1);
    assertThat(counts.get(ReleaseState.IN_REVIEW)).isEqualTo(1);
    assertThat(counts.get(ReleaseState.RELEASED)).isZero();
  }

  @Test
  void findAllModels_byIds_inOneCall_skipsUnknownIds() {
    Model first = newModel();
    Model second = newModel();

    var found =
        tx(
            repos ->
                repos
                    .models()
                    .findAll(java.util.List.of(first.id(), second.id(), first.id(), "no-such-id")));
    var none = tx(repos -> repos.models().findAll(java.util.List.of()));

    assertThat(found).containsOnlyKeys(first.id(), second.id());
    assertThat(found.get(second.id())).isEqualTo(second);
    assertThat(none).isEmpty();
  }

  @Test
  void create_badVersionLabel_isRefused() {
    Model model = newModel();
    assertThatThrownBy(() -> run(repos -> repos.releases().create(model.id(), "../1.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("release version");
  }
}
