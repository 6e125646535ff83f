package dev.clearance.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.route.Principal;
import dev.clearance.server.signing.SigningKeys;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.blob.StoredBlob;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import dev.clearance.store.signing.BundleVerification;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * The dashboard reads a constant, small number of rows per release: the SQL statements it runs grow
 * by the same amount for every release added, with no N+1 explosion. Statements are counted with a
 * JDBI {@link SqlLogger} on the test's own thread, so the server's background jobs do not count.
 */
class DashboardQueryCountTest extends ReleaseTestBase {

  /** The most statements one release in review may cost. */
  private static final int MOST_PER_RELEASE = 15;

  @Test
  void dashboard_10And30ReleasesInReview_statementsGrowLinearlyAndStaySmall() {
    Scenario source = draft("source");
    uploadExample(source, "coder-7b");
    uploadSignature(source, "coder-7b");
    check(source);
    allowed(source.releaser(), source, "submit", "submitted");
    allowed(steward, source, "start_review", "in_review");
    String sourceId = releaseId(source);
    Organization org = tx(tx -> tx.organizations().findBySlug(source.org()).orElseThrow());
    Model clones = tx(tx -> tx.models().create(org.id(), unique("clones"), "Clones"));

    run(tx -> clone(tx, sourceId, clones, 0, 9));
    int tenClones = statements(org);
    run(tx -> clone(tx, sourceId, clones, 9, 29));
    int thirtyClones = statements(org);

    int added = thirtyClones - tenClones;
    int perRelease = added / 20;
    String measured = "statements: " + tenClones + " for 10 releases, " + thirtyClones + " for 30";
    assertThat(added % 20).as(measured + ": the same for every release").isZero();
    assertThat(perRelease).as(measured).isPositive().isLessThanOrEqualTo(MOST_PER_RELEASE);
    assertThat(tenClones - 10 * perRelease).as(measured + ": fixed part").isLessThanOrEqualTo(5);
  }

  /** The statements one dashboard of {@code org} runs, read as a steward. */
  private int statements(Organization org) {
    User user = tx(tx -> tx.users().findByHandle(steward.name()).orElseThrow());
    Principal caller =
        new Principal(Optional.of(user.id()), user.handle(), Set.of(GlobalRole.STEWARD), Map.of());
    ReleasePolicies policies = new ReleasePolicies(registry.context().policy());
    AtomicInteger count = new AtomicInteger();
    Thread reader = Thread.currentThread();
    db.jdbi()
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logBeforeExecution(StatementContext context) {
                if (Thread.currentThread() == reader) {
                  count.incrementAndGet();
                }
              }
            });
    try {
      DashboardView view =
          db.withHandle(
              handle ->
                  OrganizationDashboard.of(
                      db.repositories(handle),
                      org,
                      caller,
                      policies,
                      clock.instant(),
                      Optional.empty(),
                      PageRequest.first(50)));
      int inReview =
          view.groups().stream()
              .filter(group -> group.state().equals("in_review"))
              .mapToInt(StateGroupView::count)
              .sum();
      assertThat(view.groups().getFirst().releases())
          .allMatch(release -> release.next().size() == 2, "close_review and approve each");
      assertThat(inReview).isEqualTo(view.groups().getFirst().releases().size());
      return count.get();
    } finally {
      db.jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
    }
  }

  /**
   * Copies the checked release {@code sourceId} (files, report, verified bundle, state in review
   * with its window) as versions {@code 1.0.<from+1>} to {@code 1.0.<to>} of {@code model}.
   */
  private static void clone(Repositories tx, String sourceId, Model model, int from, int to) {
    Release source = tx.releases().find(sourceId).orElseThrow();
    StoredCheckReport report = tx.checkReports().latest(sourceId).orElseThrow();
    BundleVerification verification =
        SigningKeys.verifications(tx).findByCheckReport(report.id()).orElseThrow();
    for (int i = from + 1; i <= to; i++) {
      Release release = tx.releases().create(model.id(), "1.0." + i);
      for (ReleaseFile file : tx.releaseFiles().listByRelease(sourceId)) {
        tx.releaseFiles()
            .add(
                release.id(),
                file.kind(),
                file.name(),
                new StoredBlob(file.sha256(), file.sizeBytes(), file.storagePath()));
      }
      StoredCheckReport copied =
          tx.checkReports()
              .add(
                  release.id(),
                  report.policyId(),
                  report.policyVersion(),
                  report.passed(),
                  report.reportJson(),
                  report.filesDigest());
      SigningKeys.verifications(tx)
          .add(
              new BundleVerification(
                  copied.id(),
                  release.id(),
                  verification.keyId(),
                  verification.bundlePath(),
                  verification.bundleSha256(),
                  verification.modelName(),
                  verification.rootDigest(),
                  verification.filesChecked(),
                  verification.attestations(),
                  verification.createdAt()));
      tx.releases()
          .update(
              release
                  .withState(ReleaseState.IN_REVIEW)
                  .withTier(source.tier())
                  .withPolicy(source.policyId(), source.policyVersion())
                  .withRootDigest(source.rootDigest())
                  .withSubmittedAt(source.submittedAt())
                  .withWindow(source.windowStartedAt(), source.windowEndsAt()));
    }
  }
}
