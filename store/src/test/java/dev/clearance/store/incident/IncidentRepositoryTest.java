package dev.clearance.store.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentRepositoryTest extends BothDatabases {

  private static IncidentRepository incidents(Repositories repos) {
    return new IncidentRepository(repos.handle(), repos.clock());
  }

  private record Fixture(Organization org, Release release) {}

  private Fixture release() {
    Organization org = tx(repos -> repos.organizations().create(unique("acme"), "Acme"));
    Model model = tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
    return new Fixture(org, tx(repos -> repos.releases().create(model.id(), "1.0.0")));
  }

  private User user() {
    return tx(repos -> repos.users().create(unique("user"), "User", null, null));
  }

  private ReportedIncident report(Release release, String reporterId, Duration acknowledge) {
    Instant now = clock.instant();
    return tx(
        repos ->
            incidents(repos)
                .report(
                    new NewIncident(
                        release.id(),
                        "harm",
                        "high",
                        "Gave dosage advice",
                        "Asked about a medicine, it gave a dose ten times too high.",
                        "Refuse dosage questions",
                        reporterId,
                        now.plus(acknowledge),
                        now.plus(Duration.ofDays(14)))));
  }

  @Test
  void report_isFoundByItsReferenceOnly_whichIsStoredAsAHash() {
    Fixture fixture = release();
    ReportedIncident reported = report(fixture.release(), null, Duration.ofHours(24));

    assertThat(reported.reference()).startsWith(IncidentRepository.REFERENCE_PREFIX).hasSize(32);
    Incident found =
        tx(repos -> incidents(repos).findByReference(reported.reference())).orElseThrow();
    assertThat(found).isEqualTo(reported.incident());
    assertThat(found.status()).isEqualTo(IncidentStatus.RECEIVED);
    assertThat(found.reporterId()).isNull();
    assertThat(
            this.<Optional<Incident>>tx(
                repos -> incidents(repos).findByReference(reported.reference() + "x")))
        .isEmpty();
    assertThat(this.<Optional<Incident>>tx(repos -> incidents(repos).findByReference(found.id())))
        .isEmpty();
    List<String> stored =
        tx(
            repos ->
                repos
                    .handle()
                    .createQuery("SELECT reference_hash FROM incidents WHERE id = :id")
                    .bind("id", found.id())
                    .mapTo(String.class)
                    .list());
    assertThat(stored).singleElement().asString().doesNotContain(reported.reference()).hasSize(64);
  }

  @Test
  void report_unknownRelease_isAMissingReference() {
    assertThatThrownBy(
            () ->
                tx(
                    repos ->
                        incidents(repos)
                            .report(
                                new NewIncident(
                                    "no-such-release",
                                    "harm",
                                    "low",
                                    "s",
                                    "d",
                                    null,
                                    null,
                                    clock.instant(),
                                    clock.instant()))))
        .isInstanceOf(MissingReferenceException.class);
  }

  @Test
  void steps_acknowledgeUpdateResolve_recordEachStepWithItsSeverity() {
    Fixture fixture = release();
    User reporter = user();
    User responder = user();
    Incident reported = report(fixture.release(), reporter.id(), Duration.ofHours(24)).incident();
    Instant newDeadline = clock.instant().plus(Duration.ofDays(30));
    clock.advance(Duration.ofHours(2));

    Incident acknowledged =
        tx(
            repos ->
                incidents(repos)
                    .acknowledge(
                        reported.id(), 1, responder.id(), "medium", newDeadline, "Looking."));
    Incident updated =
        tx(repos -> incidents(repos).update(reported.id(), 2, responder.id(), "Reproduced."));
    Incident resolved =
        tx(
            repos ->
                incidents(repos)
                    .close(
                        reported.id(),
                        3,
                        IncidentStatus.RESOLVED,
                        responder.id(),
                        "Version 1.0.1 refuses dosage questions."));

    assertThat(acknowledged.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    assertThat(acknowledged.severity()).isEqualTo("medium");
    assertThat(acknowledged.resolveBy()).isEqualTo(newDeadline);
    assertThat(acknowledged.acknowledgedAt()).isEqualTo(clock.instant());
    assertThat(acknowledged.acknowledgedLate()).isFalse();
    assertThat(updated.version()).isEqualTo(3);
    assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(resolved.closedBy()).isEqualTo(responder.id());
    assertThat(resolved.closedLate()).isFalse();
    assertThat(this.<List<IncidentUpdate>>tx(repos -> incidents(repos).updates(reported.id())))
        .extracting(IncidentUpdate::step, IncidentUpdate::severity, IncidentUpdate::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                IncidentUpdate.Step.ACKNOWLEDGED, "medium", "Looking."),
            org.assertj.core.groups.Tuple.tuple(
                IncidentUpdate.Step.UPDATE, "medium", "Reproduced."),
            org.assertj.core.groups.Tuple.tuple(
                IncidentUpdate.Step.RESOLVED, "medium", "Version 1.0.1 refuses dosage questions."));
    List<Incident> reportedBy =
        tx(repos -> incidents(repos).listByReporter(reporter.id(), PageRequest.first(10)).items());
    assertThat(reportedBy).extracting(Incident::id).contains(reported.id());
  }

  @Test
  void steps_staleVersion_refusedAndNothingRecorded() {
    Fixture fixture = release();
    User responder = user();
    Incident reported = report(fixture.release(), null, Duration.ofHours(24)).incident();

    assertThatThrownBy(
            () -> tx(repos -> incidents(repos).update(reported.id(), 7, responder.id(), "late")))
        .isInstanceOf(StaleVersionException.class);
    assertThat(this.<List<IncidentUpdate>>tx(repos -> incidents(repos).updates(reported.id())))
        .isEmpty();
    assertThatThrownBy(
            () ->
                tx(
                    repos ->
                        incidents(repos)
                            .close(reported.id(), 1, IncidentStatus.ACKNOWLEDGED, null, "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overdue_unacknowledgedPastItsDeadline_isEscalatedOnce() {
    Fixture fixture = release();
    Incident early = report(fixture.release(), null, Duration.ofHours(4)).incident();
    Incident later = report(fixture.release(), null, Duration.ofHours(72)).incident();
    clock.advance(Duration.ofHours(5));
    Instant now = clock.instant();

    List<Incident> overdue = tx(repos -> incidents(repos).listUnescalatedOverdue(now, 100));
    boolean first = tx(repos -> incidents(repos).markEscalated(early.id(), "Not acknowledged."));
    boolean second = tx(repos -> incidents(repos).markEscalated(early.id(), "Again."));

    assertThat(overdue).extracting(Incident::id).contains(early.id()).doesNotContain(later.id());
    assertThat(early.acknowledgementOverdue(now)).isTrue();
    assertThat(later.acknowledgementOverdue(now)).isFalse();
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(this.<List<Incident>>tx(repos -> incidents(repos).listUnescalatedOverdue(now, 100)))
        .extracting(Incident::id)
        .doesNotContain(early.id());
    assertThat(this.<List<IncidentUpdate>>tx(repos -> incidents(repos).updates(early.id())))
        .singleElement()
        .satisfies(
            update -> {
              assertThat(update.step()).isEqualTo(IncidentUpdate.Step.ESCALATED);
              assertThat(update.authorId()).isNull();
            });
    Incident closedLate =
        tx(
            repos ->
                incidents(repos).close(early.id(), 1, IncidentStatus.REJECTED, null, "Not ours."));
    assertThat(closedLate.acknowledgedLate()).isTrue();
    assertThat(closedLate.resolutionOverdue(now)).isFalse();
  }

  @Test
  void listEscalatedOrOverdue_escalatedOrPastEitherDeadline_openOnes() {
    Fixture fixture = release();
    User responder = user();
    Incident calm = report(fixture.release(), null, Duration.ofHours(72)).incident();
    Incident unacknowledged = report(fixture.release(), null, Duration.ofHours(4)).incident();
    Incident told = report(fixture.release(), null, Duration.ofHours(72)).incident();
    Incident unresolved = report(fixture.release(), null, Duration.ofHours(72)).incident();
    Incident closed = report(fixture.release(), null, Duration.ofHours(4)).incident();
    Instant resolveSoon = clock.instant().plus(Duration.ofHours(3));
    tx(repos -> incidents(repos).markEscalated(told.id(), "Told at once."));
    tx(
        repos ->
            incidents(repos)
                .acknowledge(unresolved.id(), 1, responder.id(), "high", resolveSoon, "On it."));
    tx(repos -> incidents(repos).close(closed.id(), 1, IncidentStatus.RESOLVED, null, "Fixed."));
    List<Incident> before =
        tx(
            repos ->
                incidents(repos)
                    .listEscalatedOrOverdue(clock.instant(), PageRequest.first(200))
                    .items());
    clock.advance(Duration.ofHours(5));
    Instant now = clock.instant();

    List<Incident> after =
        tx(repos -> incidents(repos).listEscalatedOrOverdue(now, PageRequest.first(200)).items());

    assertThat(before)
        .extracting(Incident::id)
        .contains(told.id())
        .doesNotContain(calm.id(), unacknowledged.id(), unresolved.id(), closed.id());
    assertThat(after)
        .extracting(Incident::id)
        .contains(told.id(), unacknowledged.id(), unresolved.id())
        .doesNotContain(calm.id(), closed.id());
  }

  @Test
  void lists_byOrganizationAndStatus_keepOtherOrganizationsOut() {
    Fixture mine = release();
    Fixture theirs = release();
    Incident open = report(mine.release(), null, Duration.ofHours(24)).incident();
    Incident closed = report(mine.release(), null, Duration.ofHours(24)).incident();
    Incident other = report(theirs.release(), null, Duration.ofHours(24)).incident();
    tx(repos -> incidents(repos).close(closed.id(), 1, IncidentStatus.RESOLVED, null, "Fixed."));

    List<Incident> all =
        tx(repos ->
                incidents(repos)
                    .listByOrg(
                        mine.org().id(),
                        EnumSet.allOf(IncidentStatus.class),
                        PageRequest.first(10)))
            .items();
    List<Incident> openOnly =
        tx(repos ->
                incidents(repos)
                    .listByOrg(
                        mine.org().id(),
                        EnumSet.of(IncidentStatus.RECEIVED, IncidentStatus.ACKNOWLEDGED),
                        PageRequest.first(10)))
            .items();

    assertThat(all).extracting(Incident::id).containsExactly(open.id(), closed.id());
    assertThat(openOnly).extracting(Incident::id).containsExactly(open.id());
    assertThat(
            tx(repos ->
                    incidents(repos)
                        .list(EnumSet.of(IncidentStatus.RECEIVED), PageRequest.first(100)))
                .items())
        .extracting(Incident::id)
        .contains(open.id(), other.id())
        .doesNotContain(closed.id());
  }
}
