package dev.clearance.store.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.StoredCheckReport;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundleVerificationRepositoryTest extends BothDatabases {

  private record Fixture(Release release, SigningKey key) {}

  private Fixture fixture() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Model model = tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
    Release release = tx(repos -> repos.releases().create(model.id(), "1.0"));
    SigningKey key =
        tx(
            repos ->
                new SigningKeyRepository(repos.handle(), repos.clock())
                    .add(org.id(), "release", "ed25519", "pem", "ab".repeat(32)));
    return new Fixture(release, key);
  }

  private StoredCheckReport report(Release release) {
    clock.advance(Duration.ofMillis(5));
    return tx(
        repos -> repos.checkReports().add(release.id(), "rrf", "1", true, "{}", "cd".repeat(32)));
  }

  private BundleVerification verification(Fixture fixture, StoredCheckReport report) {
    return new BundleVerification(
        report.id(),
        fixture.release().id(),
        fixture.key().id(),
        "model.sig",
        "ef".repeat(32),
        "tiny-classifier",
        "12".repeat(32),
        List.of("README.md", "config.json"),
        List.of("card README.md"),
        clock.instant());
  }

  private static BundleVerificationRepository verifications(Repositories repos) {
    return new BundleVerificationRepository(repos.handle());
  }

  @Test
  void add_verification_readBackWithLists() {
    Fixture fixture = fixture();
    StoredCheckReport report = report(fixture.release());
    BundleVerification stored = verification(fixture, report);
    run(repos -> verifications(repos).add(stored));
    Optional<BundleVerification> found =
        tx(repos -> verifications(repos).findByCheckReport(report.id()));
    assertThat(found).contains(stored);
    assertThat(report.filesDigest()).isEqualTo("cd".repeat(32));
  }

  @Test
  void latestOfRelease_newerReportWithoutBundle_isEmpty() {
    Fixture fixture = fixture();
    StoredCheckReport first = report(fixture.release());
    run(repos -> verifications(repos).add(verification(fixture, first)));
    Optional<BundleVerification> afterFirst =
        tx(repos -> verifications(repos).latestOfRelease(fixture.release().id()));
    report(fixture.release());
    Optional<BundleVerification> afterSecond =
        tx(repos -> verifications(repos).latestOfRelease(fixture.release().id()));
    assertThat(afterFirst.map(BundleVerification::checkReportId)).contains(first.id());
    assertThat(afterSecond).isEmpty();
  }

  @Test
  void add_emptyLists_readBackEmpty() {
    Fixture fixture = fixture();
    StoredCheckReport report = report(fixture.release());
    BundleVerification bare =
        new BundleVerification(
            report.id(),
            fixture.release().id(),
            fixture.key().id(),
            "model.sig",
            "ef".repeat(32),
            "m",
            "12".repeat(32),
            List.of(),
            List.of(),
            clock.instant());
    run(repos -> verifications(repos).add(bare));
    Optional<BundleVerification> found =
        tx(repos -> verifications(repos).findByCheckReport(report.id()));
    assertThat(found.map(BundleVerification::filesChecked)).contains(List.of());
    assertThat(found.map(BundleVerification::attestations)).contains(List.of());
  }

  @Test
  void add_twiceForOneReport_conflict() {
    Fixture fixture = fixture();
    StoredCheckReport report = report(fixture.release());
    run(repos -> verifications(repos).add(verification(fixture, report)));
    assertThatThrownBy(() -> run(repos -> verifications(repos).add(verification(fixture, report))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void add_unknownKey_missingReference() {
    Fixture fixture = fixture();
    StoredCheckReport report = report(fixture.release());
    BundleVerification orphan =
        new BundleVerification(
            report.id(),
            fixture.release().id(),
            "0190b2d4-0000-7000-8000-000000000000",
            "model.sig",
            "ef".repeat(32),
            "m",
            "12".repeat(32),
            List.of(),
            List.of(),
            clock.instant());
    assertThatThrownBy(() -> run(repos -> verifications(repos).add(orphan)))
        .isInstanceOf(MissingReferenceException.class);
  }

  @Test
  void construct_entryWithLineBreak_refused() {
    assertThatThrownBy(
            () ->
                new BundleVerification(
                    "r",
                    "r",
                    "k",
                    "model.sig",
                    "ef".repeat(32),
                    "m",
                    "12".repeat(32),
                    List.of("a\nb"),
                    List.of(),
                    clock.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line break");
  }
}
