package dev.clearance.server.release;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side checks (issue 5 item 3): {@code POST …/check} runs the checker on the uploaded files,
 * stores the JSON report with its policy id, version and passed flag, and sets the release's tier,
 * policy and root digest; {@code GET …/report} returns the latest report.
 */
final class CheckHandlers {

  private final RegistryContext context;
  private final DossierCheckRun runner;

  CheckHandlers(RegistryContext context) {
    this.context = context;
    this.runner = new DossierCheckRun(context.blobs(), context.workFolder(), context.clock());
  }

  /**
   * {@code POST …/releases/{version}/check}: the report, as {@code clearance check --format json}.
   */
  void check(Context ctx, Principal caller) throws IOException {
    record Input(ReleaseRef ref, List<ReleaseFile> files) {}
    Input input =
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return new Input(ref, tx.releaseFiles().listByRelease(ref.release().id()));
            });
    requirePreRelease(input.ref());
    DossierCheckRun.Outcome outcome = runner.run(context.policy(), input.ref(), input.files());
    String digest = DossierDigest.of(input.files());
    context
        .db()
        .transaction(
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              requirePreRelease(ref);
              String policyId = outcome.report().policy().id();
              String policyVersion = outcome.report().policy().version();
              int tier = outcome.report().tier().tier().level();
              Release updated =
                  tx.releases()
                      .update(
                          ref.release()
                              .withTier(tier)
                              .withPolicy(policyId, policyVersion)
                              .withRootDigest(digest));
              tx.checkReports()
                  .add(
                      updated.id(),
                      policyId,
                      policyVersion,
                      outcome.report().passed(),
                      outcome.json());
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("passed", outcome.report().passed());
              details.put("tier", tier);
              details.put("policy", policyId + " " + policyVersion);
              details.put("rootDigest", digest);
              ReleaseEvents.append(
                  context.audit(),
                  tx,
                  caller.requireUserId(),
                  "check",
                  ref.with(updated),
                  updated,
                  ref.release().state().wireName(),
                  null,
                  details);
              return updated;
            });
    ctx.contentType("application/json").result(outcome.json());
  }

  /** {@code GET …/releases/{version}/report}: the latest stored report. */
  void report(Context ctx, Principal caller) {
    StoredCheckReport report =
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return tx.checkReports()
                  .latest(ref.release().id())
                  .orElseThrow(() -> ApiException.notFound("check report of " + ref.label()));
            });
    ctx.contentType("application/json").result(report.reportJson());
  }

  private static void requirePreRelease(ReleaseRef ref) {
    if (!ref.release().state().isPreRelease()) {
      throw ApiException.conflict(
          "release_public",
          "release is " + ref.release().state().wireName() + "; its check report is final",
          Map.of("state", ref.release().state().wireName()),
          "Create a new version to check a changed dossier.");
    }
  }
}
