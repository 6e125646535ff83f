package dev.clearance.store.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.MissingReferenceException;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluatorApplicationRepositoryTest extends BothDatabases {

  private static EvaluatorApplicationRepository applications(Repositories repos) {
    return new EvaluatorApplicationRepository(repos.handle(), repos.clock());
  }

  private User newUser() {
    return tx(repos -> repos.users().create(unique("applicant"), "Applicant", null, null));
  }

  private EvaluatorApplication submit(User user, List<DeclaredConflict> conflicts) {
    return tx(
        repos ->
            applications(repos)
                .submit(
                    user.id(),
                    "Example University",
                    List.of("bias", "privacy"),
                    "I study fairness.",
                    conflicts));
  }

  @Test
  void submit_withConflicts_readBackInOrder() {
    User user = newUser();
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    List<DeclaredConflict> conflicts =
        List.of(
            new DeclaredConflict(ConflictKind.EMPLOYMENT, org.id(), null, null),
            new DeclaredConflict(
                ConflictKind.PAID_ENGAGEMENT, null, "Consulting for X", LocalDate.of(2026, 3, 1)));

    EvaluatorApplication submitted = submit(user, conflicts);

    EvaluatorApplication read = tx(repos -> applications(repos).find(submitted.id())).orElseThrow();
    assertThat(read).isEqualTo(submitted);
    assertThat(read.status()).isEqualTo(EvaluatorStatus.PENDING);
    assertThat(read.expertise()).containsExactly("bias", "privacy");
    assertThat(read.conflicts()).isEqualTo(conflicts);
    Set<String> orgIds = tx(repos -> applications(repos).conflictedOrgIds(submitted.id()));
    assertThat(orgIds).containsExactly(org.id());
  }

  @Test
  void submit_unknownOrganization_missingReference() {
    User user = newUser();
    List<DeclaredConflict> conflicts =
        List.of(new DeclaredConflict(ConflictKind.FUNDING, "no-such-org", null, null));
    assertThatThrownBy(() -> submit(user, conflicts)).isInstanceOf(MissingReferenceException.class);
    List<EvaluatorApplication> stored = tx(repos -> applications(repos).listByUser(user.id()));
    assertThat(stored).isEmpty();
  }

  @Test
  void decide_currentVersion_changesStatusAndRecordsDecision() {
    User user = newUser();
    User steward = newUser();
    EvaluatorApplication submitted = submit(user, List.of());
    clock.advance(Duration.ofHours(1));

    EvaluatorApplication decided =
        tx(
            repos ->
                applications(repos)
                    .decide(
                        submitted.id(), 1, EvaluatorStatus.REJECTED, steward.id(), "too vague"));

    assertThat(decided.status()).isEqualTo(EvaluatorStatus.REJECTED);
    assertThat(decided.decidedBy()).isEqualTo(steward.id());
    assertThat(decided.decidedAt()).isEqualTo(clock.instant());
    assertThat(decided.decisionReason()).isEqualTo("too vague");
    assertThat(decided.version()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                run(
                    repos ->
                        applications(repos)
                            .decide(submitted.id(), 1, EvaluatorStatus.VETTED, steward.id(), null)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void latestOf_severalApplications_newestAndListedNewestFirst() {
    User user = newUser();
    EvaluatorApplication first = submit(user, List.of());
    run(
        repos ->
            applications(repos).decide(first.id(), 1, EvaluatorStatus.WITHDRAWN, user.id(), null));
    EvaluatorApplication second = submit(user, List.of());

    Optional<EvaluatorApplication> latest = tx(repos -> applications(repos).latestOf(user.id()));
    List<EvaluatorApplication> all = tx(repos -> applications(repos).listByUser(user.id()));
    String other = newUser().id();
    Optional<EvaluatorApplication> none = tx(repos -> applications(repos).latestOf(other));

    assertThat(latest).contains(second);
    assertThat(all).extracting(EvaluatorApplication::id).containsExactly(second.id(), first.id());
    assertThat(none).isEmpty();
  }

  @Test
  void listByStatus_pages_oldestFirstOnlyThatStatus() {
    EvaluatorApplication a = submit(newUser(), List.of());
    EvaluatorApplication b = submit(newUser(), List.of());
    EvaluatorApplication withdrawn = submit(newUser(), List.of());
    run(
        repos ->
            applications(repos)
                .decide(withdrawn.id(), 1, EvaluatorStatus.WITHDRAWN, withdrawn.userId(), null));
    EvaluatorApplication c = submit(newUser(), List.of());

    List<String> pending = new java.util.ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (true) {
      PageRequest current = request;
      Page<EvaluatorApplication> page =
          tx(repos -> applications(repos).listByStatus(EvaluatorStatus.PENDING, current));
      page.items().forEach(item -> pending.add(item.id()));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page.nextCursor());
    }

    assertThat(pending).containsSubsequence(a.id(), b.id(), c.id()).doesNotContain(withdrawn.id());
    assertThat(pending).isSorted();
    int counted = tx(repos -> applications(repos).countByStatus(EvaluatorStatus.PENDING));
    assertThat(counted).isEqualTo(pending.size());
  }

  @Test
  void conflict_withoutOrganizationOrDescription_refused() {
    assertThatThrownBy(() -> new DeclaredConflict(ConflictKind.OTHER, null, " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeclaredConflict(ConflictKind.PAID_ENGAGEMENT, null, "X", null))
        .hasMessageContaining("date");
  }

  @Test
  void status_codes_roundTrip() {
    for (EvaluatorStatus status : EvaluatorStatus.values()) {
      assertThat(EvaluatorStatus.fromCode(status.code())).isEqualTo(status);
    }
    assertThat(ConflictKind.fromCode("paid_engagement")).isEqualTo(ConflictKind.PAID_ENGAGEMENT);
    assertThatThrownBy(() -> EvaluatorStatus.fromCode("active"))
        .hasMessageContaining("pending, vetted");
  }
}
