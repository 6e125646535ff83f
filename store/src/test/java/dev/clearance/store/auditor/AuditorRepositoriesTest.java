package dev.clearance.store.auditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.ConflictException;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Release;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditorRepositoriesTest extends BothDatabases {

  private static AuditFirmRepository firms(Repositories repos) {
    return new AuditFirmRepository(repos.handle(), repos.clock());
  }

  private static AuditorRepository auditors(Repositories repos) {
    return new AuditorRepository(repos.handle(), repos.clock());
  }

  private static ConflictRepository conflicts(Repositories repos) {
    return new ConflictRepository(repos.handle(), repos.clock());
  }

  private static EngagementRepository engagements(Repositories repos) {
    return new EngagementRepository(repos.handle(), repos.clock());
  }

  private AuditFirm firm() {
    return tx(repos -> firms(repos).add(unique("firm"), "Firm", "https://firm.example", "audits"));
  }

  private User auditorOf(AuditFirm firm) {
    User user = tx(repos -> repos.users().create(unique("auditor"), "Auditor", null, null));
    run(repos -> auditors(repos).add(user.id(), firm.id()));
    return user;
  }

  private Release release(Organization org) {
    return tx(
        repos ->
            repos
                .releases()
                .create(repos.models().create(org.id(), unique("model"), "Model").id(), "1.0"));
  }

  @Test
  void addFirm_sameSlugTwice_conflictOnSlug() {
    AuditFirm first = firm();
    assertThatThrownBy(
            () -> run(repos -> firms(repos).add(first.slug(), "Other", "https://o.example", "x")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"));
  }

  @Test
  void updateStatus_staleVersion_refusedAndUnchanged() {
    AuditFirm firm = firm();
    run(repos -> firms(repos).updateStatus(firm.id(), 1, ApprovalStatus.SUSPENDED, "review"));
    assertThatThrownBy(
            () ->
                run(repos -> firms(repos).updateStatus(firm.id(), 1, ApprovalStatus.REVOKED, "x")))
        .isInstanceOf(StaleVersionException.class);
    AuditFirm stored = tx(repos -> firms(repos).find(firm.id()).orElseThrow());
    assertThat(stored.status()).isEqualTo(ApprovalStatus.SUSPENDED);
    assertThat(stored.statusReason()).isEqualTo("review");
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  void addAuditor_secondFirm_conflictOnUser() {
    User user = auditorOf(firm());
    AuditFirm other = firm();
    assertThatThrownBy(() -> run(repos -> auditors(repos).add(user.id(), other.id())))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void declaredToward_withdrawnAndOtherOrganizations_leftOut() {
    AuditFirm firm = firm();
    User user = auditorOf(firm);
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Organization other = tx(repos -> repos.organizations().create(unique("org"), "Other"));
    ConflictDeclaration owned =
        tx(
            repos ->
                conflicts(repos)
                    .declare(
                        ConflictParty.FIRM,
                        firm.id(),
                        org.id(),
                        ConflictKind.OWNERSHIP,
                        null,
                        "holds 5%",
                        user.id()));
    ConflictDeclaration withdrawn =
        tx(
            repos ->
                conflicts(repos)
                    .declare(
                        ConflictParty.AUDITOR,
                        user.id(),
                        org.id(),
                        ConflictKind.EMPLOYMENT,
                        null,
                        null,
                        user.id()));
    run(
        repos ->
            conflicts(repos)
                .declare(
                    ConflictParty.AUDITOR,
                    user.id(),
                    other.id(),
                    ConflictKind.FUNDING,
                    null,
                    null,
                    user.id()));
    run(repos -> conflicts(repos).withdraw(withdrawn.id()));

    List<ConflictDeclaration> toward =
        tx(repos -> conflicts(repos).declaredToward(List.of(user.id(), firm.id()), org.id()));
    List<ConflictDeclaration> all =
        tx(repos -> conflicts(repos).listByParties(List.of(user.id(), firm.id())));

    assertThat(toward).containsExactly(owned);
    assertThat(all).hasSize(3);
    java.util.Optional<ConflictDeclaration> again =
        tx(repos -> conflicts(repos).withdraw(withdrawn.id()));
    assertThat(again).isEmpty();
  }

  @Test
  void countsAt_paidEngagement_countsForTwelveMonthsAfterItEnded() {
    User user = auditorOf(firm());
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ConflictDeclaration paid =
        tx(
            repos ->
                conflicts(repos)
                    .declare(
                        ConflictParty.AUDITOR,
                        user.id(),
                        org.id(),
                        ConflictKind.PAID_ENGAGEMENT,
                        today.minusMonths(12),
                        null,
                        user.id()));
    ConflictDeclaration stored = tx(repos -> conflicts(repos).find(paid.id()).orElseThrow());

    assertThat(stored.endedOn()).isEqualTo(today.minusMonths(12));
    assertThat(stored.countsAt(clock.instant())).isTrue();
    assertThat(stored.countsAt(clock.instant().plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void isActive_acceptedAndFirmActive_trueUntilTheFirmIsSuspended() {
    AuditFirm firm = firm();
    User auditor = auditorOf(firm);
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    User releaser = tx(repos -> repos.users().create(unique("releaser"), "R", null, null));
    Release release = release(org);
    Engagement requested =
        tx(
            repos ->
                engagements(repos)
                    .request(release.id(), auditor.id(), firm.id(), "safety", releaser.id()));

    boolean beforeAccepting = tx(repos -> engagements(repos).isActive(release.id(), auditor.id()));
    run(repos -> engagements(repos).decide(requested.id(), 1, EngagementStatus.ACCEPTED, null));
    boolean accepted = tx(repos -> engagements(repos).isActive(release.id(), auditor.id()));
    run(repos -> firms(repos).updateStatus(firm.id(), 1, ApprovalStatus.SUSPENDED, "review"));
    boolean firmSuspended = tx(repos -> engagements(repos).isActive(release.id(), auditor.id()));

    assertThat(beforeAccepting).isFalse();
    assertThat(accepted).isTrue();
    assertThat(firmSuspended).isFalse();
  }

  @Test
  void fileReport_thenAttestation_listedWithConditions() {
    AuditFirm firm = firm();
    User auditor = auditorOf(firm);
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Release release = release(org);
    Engagement engagement =
        tx(
            repos ->
                engagements(repos)
                    .request(release.id(), auditor.id(), firm.id(), "safety", auditor.id()));
    Engagement filed =
        tx(repos -> engagements(repos).fileReport(engagement.id(), 1, "report.pdf", hex('e'), 12));
    AuditorKey key =
        tx(
            repos ->
                new AuditorKeyRepository(repos.handle(), repos.clock())
                    .add(auditor.id(), "k", "ed25519", "pem", hex('c')));
    AuditAttestation added =
        tx(
            repos ->
                new AuditAttestationRepository(repos.handle(), repos.clock())
                    .add(
                        engagement.id(),
                        release.id(),
                        key.id(),
                        hex('b'),
                        hex('d'),
                        "pass_with_conditions",
                        "safety",
                        List.of("keep the filter", "monitor"),
                        hex('e'),
                        LocalDate.parse("2026-11-20")));

    List<AuditAttestation> listed =
        tx(
            repos ->
                new AuditAttestationRepository(repos.handle(), repos.clock())
                    .listByRelease(release.id()));

    assertThat(filed.reportSize()).isEqualTo(12L);
    assertThat(filed.hasReport()).isTrue();
    assertThat(listed).containsExactly(added);
  }

  private static String hex(char c) {
    return String.valueOf(c).repeat(64);
  }
}
