package dev.clearance.store.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRepositoryTest extends BothDatabases {

  private Release newRelease() {
    Organization org = tx(repos -> repos.organizations().create(unique("org"), "Org"));
    Model model = tx(repos -> repos.models().create(org.id(), unique("model"), "Model"));
    return tx(repos -> repos.releases().create(model.id(), "1.0.0"));
  }

  private User newUser() {
    String handle = unique("ada");
    return tx(repos -> repos.users().create(handle, "Ada", null, null));
  }

  private Finding file(Release release, User evaluator, String severity, Duration due) {
    FindingContent content =
        new FindingContent(
            "Leaks training emails",
            "privacy",
            severity,
            List.of("1.0.0", "0.9"),
            "Prompted completions reveal addresses.",
            "Ask for the CEO's email.",
            null,
            null);
    Instant dueAt = clock.instant().plus(due);
    return tx(
        repos ->
            new FindingRepository(repos.handle(), repos.clock())
                .create(release.id(), evaluator.id(), content, dueAt));
  }

  private <T> T findings(java.util.function.Function<FindingRepository, T> work) {
    return tx(repos -> work.apply(new FindingRepository(repos.handle(), repos.clock())));
  }

  @Test
  void create_thenFind_keepsEveryField() {
    Release release = newRelease();
    Finding filed = file(release, newUser(), "high", Duration.ofDays(14));

    Finding found = findings(repo -> repo.find(filed.id()).orElseThrow());

    assertThat(found).isEqualTo(filed);
    assertThat(found.content().affectedVersions()).containsExactly("1.0.0", "0.9");
    assertThat(found.content().evidence()).isNull();
    assertThat(found.state()).isEqualTo(FindingState.OPEN);
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void listByRelease_filtersByStateDuplicateAndSeverity() {
    Release release = newRelease();
    User ada = newUser();
    Finding low = file(release, ada, "low", Duration.ofDays(30));
    Finding high = file(release, ada, "high", Duration.ofDays(14));
    Finding copy = file(release, ada, "high", Duration.ofDays(14));
    findings(repo -> repo.changeState(low.id(), 1, FindingState.ANSWERED));
    findings(repo -> repo.linkDuplicate(copy.id(), 1, high.id(), ada.id()));

    Page<Finding> open =
        findings(
            repo ->
                repo.listByRelease(
                    release.id(),
                    new FindingFilter(FindingState.OPEN, false, null),
                    PageRequest.first(10)));
    Page<Finding> duplicates =
        findings(
            repo ->
                repo.listByRelease(
                    release.id(), new FindingFilter(null, true, null), PageRequest.first(10)));
    Page<Finding> lows =
        findings(
            repo ->
                repo.listByRelease(
                    release.id(), new FindingFilter(null, null, "low"), PageRequest.first(10)));

    assertThat(open.items()).extracting(Finding::id).containsExactly(high.id());
    assertThat(duplicates.items()).extracting(Finding::id).containsExactly(copy.id());
    assertThat(duplicates.items().get(0).duplicate().of()).isEqualTo(high.id());
    assertThat(lows.items()).extracting(Finding::id).containsExactly(low.id());
    int duplicatesOfHigh = findings(repo -> repo.countDuplicatesOf(high.id()));
    List<Finding> unsettled = findings(repo -> repo.listUnsettled(release.id()));
    assertThat(duplicatesOfHigh).isEqualTo(1);
    assertThat(unsettled).extracting(Finding::id).containsExactly(high.id());
  }

  @Test
  void listByEvaluator_ownFindingsAcrossReleases_oldestFirst_pagesByCursor() {
    User ada = newUser();
    User bo = newUser();
    Finding first = file(newRelease(), ada, "low", Duration.ofDays(30));
    file(newRelease(), bo, "high", Duration.ofDays(14));
    Finding second = file(newRelease(), ada, "high", Duration.ofDays(14));
    Finding third = file(newRelease(), ada, "medium", Duration.ofDays(14));

    Page<Finding> page = findings(repo -> repo.listByEvaluator(ada.id(), PageRequest.first(2)));
    Page<Finding> rest =
        findings(
            repo ->
                repo.listByEvaluator(
                    ada.id(), PageRequest.first(2).next(page.next().orElseThrow())));

    assertThat(page.items()).extracting(Finding::id).containsExactly(first.id(), second.id());
    assertThat(rest.items()).extracting(Finding::id).containsExactly(third.id());
    assertThat(rest.next()).isEmpty();
  }

  @Test
  void listOverdue_oldestDeadlineFirst_pagesByCursor_andNotesOnce() {
    Release release = newRelease();
    User ada = newUser();
    Finding later = file(release, ada, "low", Duration.ofDays(10));
    Finding sooner = file(release, ada, "critical", Duration.ofDays(3));
    Finding answered = file(release, ada, "critical", Duration.ofDays(1));
    findings(repo -> repo.changeState(answered.id(), 1, FindingState.ANSWERED));
    clock.advance(Duration.ofDays(11));

    List<String> mine = new ArrayList<>();
    int walked = 0;
    PageRequest request = PageRequest.first(1);
    while (true) {
      PageRequest current = request;
      Page<Finding> page = findings(repo -> repo.listOverdue(clock.instant(), current));
      walked += page.items().size();
      page.items().stream()
          .filter(finding -> finding.releaseId().equals(release.id()))
          .forEach(finding -> mine.add(finding.id()));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page.next().get());
    }
    boolean first = findings(repo -> repo.noteOverdue(sooner.id()));
    boolean second = findings(repo -> repo.noteOverdue(sooner.id()));
    List<String> newly =
        findings(repo -> repo.listNewlyOverdue(clock.instant(), 500)).stream()
            .map(Finding::id)
            .toList();

    assertThat(mine).containsExactly(sooner.id(), later.id());
    int counted = findings(repo -> repo.countOverdue(clock.instant()));
    assertThat(counted).isEqualTo(walked);
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(newly).contains(later.id()).doesNotContain(sooner.id(), answered.id());
    assertThatThrownBy(
            () -> findings(repo -> repo.listOverdue(clock.instant(), new PageRequest("x", 5))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listContested_onlyContested_oldestDeadlineFirst_pagesByCursor() {
    Release release = newRelease();
    User ada = newUser();
    Finding later = file(release, ada, "low", Duration.ofDays(30));
    Finding sooner = file(release, ada, "high", Duration.ofDays(7));
    Finding open = file(release, ada, "critical", Duration.ofDays(1));
    int contestedBefore = findings(FindingRepository::countContested);
    findings(repo -> repo.changeState(later.id(), 1, FindingState.CONTESTED));
    findings(repo -> repo.changeState(sooner.id(), 1, FindingState.CONTESTED));

    List<String> mine = new ArrayList<>();
    PageRequest request = PageRequest.first(1);
    while (true) {
      PageRequest current = request;
      Page<Finding> page = findings(repo -> repo.listContested(current));
      page.items().stream()
          .filter(finding -> finding.releaseId().equals(release.id()))
          .forEach(finding -> mine.add(finding.id()));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.next(page.next().get());
    }

    assertThat(mine).containsExactly(sooner.id(), later.id()).doesNotContain(open.id());
    assertThat(findings(FindingRepository::countContested) - contestedBefore).isEqualTo(2);
    assertThatThrownBy(() -> findings(repo -> repo.listContested(new PageRequest("7", 5))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listAwaitingResponse_openOfTheOrganization_nearestDeadlineFirst_pagesByCursor() {
    Release release = newRelease();
    Release otherOrganization = newRelease();
    User ada = newUser();
    Finding later = file(release, ada, "low", Duration.ofDays(30));
    Finding sooner = file(release, ada, "high", Duration.ofDays(7));
    Finding overdue = file(release, ada, "critical", Duration.ofDays(-1));
    Finding answered = file(release, ada, "high", Duration.ofDays(14));
    Finding copy = file(release, ada, "high", Duration.ofDays(14));
    file(otherOrganization, ada, "high", Duration.ofDays(7));
    findings(repo -> repo.changeState(answered.id(), 1, FindingState.ANSWERED));
    findings(repo -> repo.linkDuplicate(copy.id(), 1, sooner.id(), ada.id()));
    String orgId = tx(repos -> repos.models().find(release.modelId()).orElseThrow().orgId());

    Page<Finding> first = findings(repo -> repo.listAwaitingResponse(orgId, PageRequest.first(2)));
    Page<Finding> second =
        findings(
            repo ->
                repo.listAwaitingResponse(
                    orgId, PageRequest.first(2).next(first.next().orElseThrow())));

    assertThat(first.items()).extracting(Finding::id).containsExactly(overdue.id(), sooner.id());
    assertThat(second.items()).extracting(Finding::id).containsExactly(later.id());
    assertThat(second.next()).isEmpty();
    assertThatThrownBy(
            () ->
                findings(
                    repo ->
                        repo.listAwaitingResponse(
                            orgId, PageRequest.first(2).next("not-a-cursor"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changeState_staleVersion_throws() {
    Finding filed = file(newRelease(), newUser(), "low", Duration.ofDays(30));
    findings(repo -> repo.changeState(filed.id(), 1, FindingState.ANSWERED));

    assertThatThrownBy(() -> findings(repo -> repo.changeState(filed.id(), 1, FindingState.OPEN)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void reopen_setsNewDeadline_andClearsOverdueNote() {
    Finding filed = file(newRelease(), newUser(), "low", Duration.ofDays(1));
    clock.advance(Duration.ofDays(2));
    findings(repo -> repo.noteOverdue(filed.id()));
    Instant due = clock.instant().plus(Duration.ofDays(30));

    Finding reopened = findings(repo -> repo.reopen(filed.id(), 1, due));

    assertThat(reopened.dueAt()).isEqualTo(due);
    assertThat(reopened.overdueNotedAt()).isNull();
    assertThat(reopened.version()).isEqualTo(2);
  }

  @Test
  void redact_hidesParts_andLiftingClearsIt() {
    User steward = newUser();
    Finding filed = file(newRelease(), newUser(), "high", Duration.ofDays(14));

    Finding redacted =
        findings(repo -> repo.redact(filed.id(), 1, "synthesis route", null, steward.id()));
    Finding lifted = findings(repo -> repo.redact(filed.id(), 2, null, null, steward.id()));

    assertThat(redacted.redaction().reproduction()).isEqualTo("synthesis route");
    assertThat(redacted.redaction().evidence()).isNull();
    assertThat(redacted.redaction().by()).isEqualTo(steward.id());
    assertThat(lifted.redaction()).isNull();
  }

  @Test
  void responses_contestAndDecideOnlyOnce() {
    User org = newUser();
    User ada = newUser();
    Finding filed = file(newRelease(), ada, "high", Duration.ofDays(14));
    FindingResponse response =
        tx(
            repos ->
                new FindingResponseRepository(repos.handle(), repos.clock())
                    .create(
                        filed.id(),
                        ResponseKind.DISPUTED,
                        null,
                        null,
                        null,
                        "not a leak",
                        org.id()));

    var contested =
        tx(
            repos ->
                new FindingResponseRepository(repos.handle(), repos.clock())
                    .contest(response.id(), "it is", ada.id()));
    var again =
        tx(
            repos ->
                new FindingResponseRepository(repos.handle(), repos.clock())
                    .contest(response.id(), "again", ada.id()));
    var decided =
        tx(
            repos ->
                new FindingResponseRepository(repos.handle(), repos.clock())
                    .decide(response.id(), ContestDecision.SUSTAINED, "it leaks", org.id()));
    var twice =
        tx(
            repos ->
                new FindingResponseRepository(repos.handle(), repos.clock())
                    .decide(response.id(), ContestDecision.UPHELD, "no", org.id()));
    List<FindingResponse> all =
        tx(
            repos ->
                new FindingResponseRepository(repos.handle(), repos.clock())
                    .listByFinding(filed.id()));

    assertThat(contested).isPresent();
    assertThat(again).isEmpty();
    assertThat(decided.orElseThrow().decision().outcome()).isEqualTo(ContestDecision.SUSTAINED);
    assertThat(twice).isEmpty();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).contest().reason()).isEqualTo("it is");
    assertThat(all.get(0).rationale()).isEqualTo("not a leak");
  }

  @Test
  void attachmentsAndComments_roundTrip() {
    User ada = newUser();
    Finding filed = file(newRelease(), ada, "high", Duration.ofDays(14));
    StoredBlob blob = new StoredBlob("a".repeat(64), 12, "sha256/aa/aa/" + "a".repeat(64));

    FindingAttachment attachment =
        tx(
            repos ->
                new FindingAttachmentRepository(repos.handle(), repos.clock())
                    .add(filed.id(), ada.id(), "outputs.txt", blob));
    FindingComment comment =
        tx(
            repos ->
                new FindingCommentRepository(repos.handle(), repos.clock())
                    .add(filed.id(), ada.id(), "More outputs attached.", attachment.id()));
    Page<FindingComment> comments =
        tx(
            repos ->
                new FindingCommentRepository(repos.handle(), repos.clock())
                    .listByFinding(filed.id(), PageRequest.first(10)));
    boolean used =
        tx(
            repos ->
                new FindingCommentRepository(repos.handle(), repos.clock())
                    .attachmentUsed(attachment.id()));
    List<FindingAttachment> attachments =
        tx(
            repos ->
                new FindingAttachmentRepository(repos.handle(), repos.clock())
                    .listByFinding(filed.id()));

    assertThat(comments.items()).containsExactly(comment);
    assertThat(used).isTrue();
    assertThat(attachments).containsExactly(attachment);
    assertThat(attachments.get(0).size()).isEqualTo(12);
  }
}
