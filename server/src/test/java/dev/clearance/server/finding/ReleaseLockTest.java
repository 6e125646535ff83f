package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.release.ReleaseLocks;
import dev.clearance.server.signing.SigningKeys;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.HeldTransaction;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.FindingContent;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A decision about a release and a change of a fact it reads take turns ({@link ReleaseLocks}): a
 * finding filed while an approval decides is either seen by the approval or refused because the
 * release was approved, never missed by both; likewise a file uploaded while the release is
 * submitted, and a release while its signing key is being revoked.
 *
 * <p>Each test holds one side in a transaction of its own, under the release's locks, and sends the
 * other side as an HTTP request ({@link HeldTransaction}).
 */
class ReleaseLockTest extends FindingTestBase {

  @Test
  void approve_whileAFindingIsBeingFiled_waitsAndThenIsRefusedForIt() throws Exception {
    Scenario scenario = inReview("lock-approve");
    ApiClient ada = grantedEvaluator(scenario, "ada");
    String releaseId = releaseId(scenario);

    ApiResponse approval =
        whileHeld(
            releaseId,
            tx -> {
              String adaId = tx.users().findByHandle(ada.name()).orElseThrow().id();
              Findings.findings(tx)
                  .create(releaseId, adaId, content(), clock.instant().plus(Duration.ofDays(30)));
            },
            () -> act(steward, scenario, "approve"));

    assertThat(failedGuards(approval)).containsExactly("findings_answered");
    ReleaseState after = tx(tx -> tx.releases().find(releaseId).orElseThrow().state());
    assertThat(after).isEqualTo(ReleaseState.IN_REVIEW);
  }

  @Test
  void fileFinding_whileTheReleaseIsBeingApproved_waitsAndThenIsRefused() throws Exception {
    Scenario scenario = inReview("lock-file");
    ApiClient ada = grantedEvaluator(scenario, "ada");
    String releaseId = releaseId(scenario);

    ApiResponse filing =
        whileHeld(
            releaseId,
            movedTo(releaseId, ReleaseState.APPROVED),
            () -> ada.post(scenario.path() + "/findings", findingBody("Late", "high")));

    assertThat(filing.status()).as(filing.toString()).isEqualTo(409);
    assertThat(filing.code()).isEqualTo("not_in_review");
    assertThat(ids(ada.get(scenario.path() + "/findings"))).isEmpty();
  }

  @Test
  void uploadFile_whileTheReleaseIsBeingSubmitted_waitsAndThenIsRefused() throws Exception {
    Scenario scenario = draft("lock-upload");
    String releaseId = releaseId(scenario);

    ApiResponse upload =
        whileHeld(
            releaseId,
            movedTo(releaseId, ReleaseState.SUBMITTED),
            () -> scenario.releaser().putBytes(scenario.filePath("README.md"), bytes("# Late")));

    assertThat(upload.status()).as(upload.toString()).isEqualTo(409);
    assertThat(upload.code()).isEqualTo("release_not_draft");
    List<ReleaseFile> files = tx(tx -> tx.releaseFiles().listByRelease(releaseId));
    assertThat(files).isEmpty();
  }

  @Test
  void release_whileItsSigningKeyIsBeingRevoked_waitsAndThenIsRefused() throws Exception {
    Scenario scenario = inReview("lock-key");
    allowed(steward, scenario, "approve", "approved");
    String releaseId = releaseId(scenario);

    ApiResponse release =
        whileHeld(
            null, // a revocation takes no release lock
            tx -> {
              String reportId = tx.checkReports().latest(releaseId).orElseThrow().id();
              String keyId =
                  SigningKeys.verifications(tx).findByCheckReport(reportId).orElseThrow().keyId();
              assertThat(SigningKeys.keys(tx).revoke(keyId)).isPresent();
            },
            () -> act(scenario.releaser(), scenario, "release"));

    assertThat(failedGuards(release)).contains("signed_manifest");
  }

  /** The change a transition to {@code state} makes to the release's row, as a held change. */
  private static Consumer<Repositories> movedTo(String releaseId, ReleaseState state) {
    return tx -> {
      Release release = tx.releases().find(releaseId).orElseThrow();
      tx.releases().update(release.withState(state));
    };
  }

  private static FindingContent content() {
    return new FindingContent(
        "Leaks e-mail addresses",
        "privacy",
        "high",
        List.of("1.0.0"),
        "Reveals e-mail addresses.",
        "Ask for the CEO's e-mail.",
        "12 of 50 completions leak an address.",
        null);
  }

  /**
   * Runs {@code change} in a transaction that first takes the locks of release {@code releaseId}
   * (none when null) and holds it while {@code request} runs ({@link HeldTransaction}).
   */
  private ApiResponse whileHeld(
      String releaseId, Consumer<Repositories> change, Supplier<ApiResponse> request)
      throws Exception {
    return HeldTransaction.whileHeld(
        db,
        dialect,
        tx -> {
          if (releaseId != null) {
            ReleaseLocks.lock(tx, tx.releases().find(releaseId).orElseThrow());
          }
          change.accept(tx);
        },
        request);
  }
}
