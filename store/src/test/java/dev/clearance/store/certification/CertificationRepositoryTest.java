package dev.clearance.store.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.finding.FindingContent;
import dev.clearance.store.finding.FindingRepository;
import dev.clearance.store.identity.User;
import dev.clearance.store.incident.Incident;
import dev.clearance.store.incident.IncidentRepository;
import dev.clearance.store.incident.IncidentStatus;
import dev.clearance.store.incident.NewIncident;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificationRepositoryTest extends BothDatabases {

  private static CertificationRepository certifications(Repositories repos) {
    return new CertificationRepository(repos.handle(), repos.clock());
  }

  private String org() {
    return tx(repos -> repos.organizations().create(unique("acme"), "Acme").id());
  }

  private User user() {
    return tx(repos -> repos.users().create(unique("admin"), "Admin", null, null));
  }

  private Certification request(String org, String version, User by) {
    return tx(repos -> certifications(repos).request(org, "rrf", version, "We comply.", by.id()));
  }

  @Test
  void request_secondForTheSameVersion_conflictUntilTheFirstEnds() {
    String org = org();
    User admin = user();
    Certification first = request(org, "2025.1", admin);

    assertThatThrownBy(() -> request(org, "2025.1", admin)).isInstanceOf(ConflictException.class);
    Certification otherVersion = request(org, "2026.1", admin);
    Certification withdrawn =
        tx(
            repos ->
                certifications(repos)
                    .end(first.id(), 1, CertificationStatus.WITHDRAWN, admin.id(), "too early"));
    Certification again = request(org, "2025.1", admin);

    assertThat(first.status()).isEqualTo(CertificationStatus.REQUESTED);
    assertThat(otherVersion.policyVersion()).isEqualTo("2026.1");
    assertThat(withdrawn.status()).isEqualTo(CertificationStatus.WITHDRAWN);
    assertThat(withdrawn.reason()).isEqualTo("too early");
    assertThat(withdrawn.endedBy()).isEqualTo(admin.id());
    assertThat(withdrawn.version()).isEqualTo(2);
    assertThat(again.id()).isNotEqualTo(first.id());
  }

  @Test
  void decide_certified_holdsUntilValidityEndsThenTheSlotCanBeFreed() {
    String org = org();
    User admin = user();
    User steward = user();
    Certification requested = request(org, "2025.1", admin);
    Instant until = clock.instant().plus(Duration.ofDays(365));

    Certification certified =
        tx(
            repos ->
                certifications(repos)
                    .decide(
                        requested.id(),
                        1,
                        CertificationStatus.CERTIFIED,
                        steward.id(),
                        until,
                        null));
    boolean heldAtFirst = certified.holds(clock.instant());
    clock.advance(Duration.ofDays(366));
    run(repos -> certifications(repos).releaseExpired(certified.id()));
    Certification next = request(org, "2025.1", admin);

    assertThat(certified.status()).isEqualTo(CertificationStatus.CERTIFIED);
    assertThat(certified.validUntil()).isEqualTo(until);
    assertThat(certified.decidedBy()).isEqualTo(steward.id());
    assertThat(heldAtFirst).isTrue();
    assertThat(certified.isExpired(clock.instant())).isTrue();
    assertThat(next.status()).isEqualTo(CertificationStatus.REQUESTED);
    Optional<Certification> open = tx(repos -> certifications(repos).open(org, "rrf", "2025.1"));
    assertThat(open.map(Certification::id)).contains(next.id());
  }

  @Test
  void decide_staleVersion_throwsAndChangesNothing() {
    User admin = user();
    Certification requested = request(org(), "2025.1", admin);

    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        certifications(repos)
                            .decide(
                                requested.id(),
                                7,
                                CertificationStatus.DECLINED,
                                admin.id(),
                                null,
                                "no")))
        .isInstanceOf(StaleVersionException.class);
    Optional<Certification> found = tx(repos -> certifications(repos).find(requested.id()));
    assertThat(found.map(Certification::status)).contains(CertificationStatus.REQUESTED);
  }

  @Test
  void list_byStatusAndOrganization_oldestFirst() {
    String org = org();
    String other = org();
    User admin = user();
    Certification a = request(org, "2025.1", admin);
    Certification b = request(org, "2026.1", admin);
    Certification c = request(other, "2025.1", admin);
    run(
        repos ->
            certifications(repos)
                .decide(
                    b.id(),
                    1,
                    CertificationStatus.CERTIFIED,
                    admin.id(),
                    clock.instant().plus(Duration.ofDays(30)),
                    null));

    List<String> ofOrg =
        tx(
            repos ->
                certifications(repos)
                    .listByOrg(org, EnumSet.allOf(CertificationStatus.class), PageRequest.first(10))
                    .items()
                    .stream()
                    .map(Certification::id)
                    .toList());
    List<String> certified =
        tx(
            repos ->
                certifications(repos)
                    .list(EnumSet.of(CertificationStatus.CERTIFIED), PageRequest.first(500))
                    .items()
                    .stream()
                    .map(Certification::id)
                    .toList());

    assertThat(ofOrg).containsExactly(a.id(), b.id());
    assertThat(certified).contains(b.id()).doesNotContain(a.id(), c.id());
  }

  @Test
  void evidence_countsReleasesFindingsAndIncidentsOfTheOrganizationOnly() {
    String org = org();
    String other = org();
    String model = tx(repos -> repos.models().create(org, unique("model"), "Model").id());
    String release = tx(repos -> repos.releases().create(model, "1.0.0").id());
    String otherModel = tx(repos -> repos.models().create(other, unique("model"), "Model").id());
    String otherRelease = tx(repos -> repos.releases().create(otherModel, "1.0.0").id());
    User evaluator = user();
    String answered = file(release, evaluator);
    String overdue = file(release, evaluator);
    file(otherRelease, evaluator);
    tx(repos -> new FindingRepository(repos.handle(), repos.clock()).noteOverdue(overdue));
    Incident onTime = report(release, Duration.ofHours(24));
    Incident waiting = report(release, Duration.ofHours(4));
    report(otherRelease, Duration.ofHours(4));
    clock.advance(Duration.ofHours(1));
    tx(
        repos ->
            new IncidentRepository(repos.handle(), repos.clock())
                .close(onTime.id(), 1, IncidentStatus.RESOLVED, null, "Fixed."));
    clock.advance(Duration.ofHours(4)); // the waiting one's acknowledgement is now overdue

    ComplianceEvidence evidence = tx(repos -> certifications(repos).evidence(org, "rrf", "2025.1"));

    assertThat(evidence.releases()).isOne();
    assertThat(evidence.findings()).isEqualTo(2);
    assertThat(evidence.findingsOverdue()).isOne();
    assertThat(evidence.incidents()).isEqualTo(2);
    assertThat(evidence.incidentsOpen()).isOne();
    assertThat(evidence.incidentsLate()).as("only %s", waiting.id()).isOne();
    assertThat(answered).isNotEqualTo(overdue);
  }

  private String file(String releaseId, User evaluator) {
    FindingContent content =
        new FindingContent("Leaks", "privacy", "high", List.of("1.0.0"), "s", "r", null, null);
    Instant due = clock.instant().plus(Duration.ofDays(14));
    return tx(
        repos ->
            new FindingRepository(repos.handle(), repos.clock())
                .create(releaseId, evaluator.id(), content, due)
                .id());
  }

  private Incident report(String releaseId, Duration acknowledge) {
    Instant now = clock.instant();
    return tx(
        repos ->
            new IncidentRepository(repos.handle(), repos.clock())
                .report(
                    new NewIncident(
                        releaseId,
                        "harm",
                        "high",
                        "s",
                        "d",
                        null,
                        null,
                        now.plus(acknowledge),
                        now.plus(Duration.ofDays(14))))
                .incident());
  }
}
