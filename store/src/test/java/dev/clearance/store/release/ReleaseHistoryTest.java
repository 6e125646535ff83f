package dev.clearance.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.release.ReleaseState;
import dev.clearance.store.ConflictException;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files, check reports, transitions and waivers: the rows that hang off a release. */
class ReleaseHistoryTest extends BothDatabases {

  private Release newRelease() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Model model = tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
    return tx(repos -> repos.releases().create(model.id(), "1.0"));
  }

  @Test
  void releaseFiles_addTwo_listedByNameAndDuplicateRefused() {
    Release release = newRelease();
    StoredBlob blob = new StoredBlob("0f".repeat(32), 12, "sha256/0f/0f/" + "0f".repeat(32));
    run(repos -> repos.releaseFiles().add(release.id(), FileKind.CONFIG, "config.json", blob));
    run(repos -> repos.releaseFiles().add(release.id(), FileKind.EVAL, "evals/mmlu.json", blob));
    List<ReleaseFile> files = tx(repos -> repos.releaseFiles().listByRelease(release.id()));
    assertThat(files)
        .extracting(ReleaseFile::name)
        .containsExactly("config.json", "evals/mmlu.json");
    assertThat(files.get(1).kind()).isEqualTo(FileKind.EVAL);
    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        repos
                            .releaseFiles()
                            .add(release.id(), FileKind.OTHER, "config.json", blob)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void checkReports_two_latestIsTheNewer() {
    Release release = newRelease();
    run(repos -> repos.checkReports().add(release.id(), "rrf", "1", false, "{\"passed\":false}"));
    clock.advance(Duration.ofMillis(5));
    StoredCheckReport newer =
        tx(repos -> repos.checkReports().add(release.id(), "rrf", "2", true, "{\"passed\":true}"));
    Optional<StoredCheckReport> latest = tx(repos -> repos.checkReports().latest(release.id()));
    assertThat(latest).contains(newer);
    assertThat(latest.orElseThrow().passed()).isTrue();
  }

  @Test
  void transitions_recorded_listedOldestFirst() {
    Release release = newRelease();
    User actor = tx(repos -> repos.users().create(unique("actor"), "Actor", null, null));
    run(
        repos ->
            repos
                .transitions()
                .record(
                    release.id(), ReleaseState.DRAFT, ReleaseState.SUBMITTED, actor.id(), null));
    clock.advance(Duration.ofMillis(5));
    run(
        repos ->
            repos
                .transitions()
                .record(
                    release.id(), ReleaseState.SUBMITTED, ReleaseState.IN_REVIEW, null, "auto"));
    List<Transition> history = tx(repos -> repos.transitions().listByRelease(release.id()));
    assertThat(history)
        .extracting(Transition::to)
        .containsExactly(ReleaseState.SUBMITTED, ReleaseState.IN_REVIEW);
    assertThat(history.get(1).reason()).isEqualTo("auto");
  }

  @Test
  void waivers_sameRequirementTwice_secondRefused() {
    Release release = newRelease();
    User steward = tx(repos -> repos.users().create(unique("steward"), "Steward", null, null));
    Waiver waiver =
        tx(repos -> repos.waivers().add(release.id(), "DOC-3", steward.id(), "card moved"));
    Optional<Waiver> found = tx(repos -> repos.waivers().find(release.id(), "DOC-3"));
    assertThat(found).contains(waiver);
    assertThatThrownBy(
            () -> run(repos -> repos.waivers().add(release.id(), "DOC-3", steward.id(), "again")))
        .isInstanceOf(ConflictException.class);
  }
}
