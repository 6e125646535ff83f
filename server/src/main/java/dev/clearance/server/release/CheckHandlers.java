package dev.clearance.server.release;

import dev.clearance.server.catalog.Catalogs;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import dev.clearance.store.signing.BundleVerification;
import dev.clearance.store.signing.SigningKey;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side checks (issue 5 item 3): {@code POST …/check} verifies the uploaded signature bundle
 * with the organization's registered keys ({@link BundleCheck}; a bundle that does not verify is a
 * 422 and nothing is stored), runs the checker on the uploaded files, stores the JSON report with
 * its policy id, version, passed flag and the digest of the files it was made from, and the bundle
 * verification with it, and sets the release's tier, policy and root digest (the signed OMS root
 * digest, or none without a verified bundle; ART-2) and its catalog facets (license, modalities);
 * {@code GET …/report} returns the latest report.
 */
final class CheckHandlers {

  private final RegistryContext context;
  private final DossierCheckRun runner;
  private final BundleCheck bundles;

  CheckHandlers(RegistryContext context) {
    this.context = context;
    this.runner = new DossierCheckRun(context.blobs(), context.workFolder(), context.clock());
    this.bundles = new BundleCheck(context.blobs());
  }

  /**
   * {@code POST …/releases/{version}/check}: the report, as {@code clearance check --format json}.
   */
  void check(Context ctx, Principal caller) throws IOException {
    record Input(ReleaseRef ref, List<ReleaseFile> files, List<SigningKey> keys) {}
    Input input =
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return new Input(
                  ref,
                  tx.releaseFiles().listByRelease(ref.release().id()),
                  SigningKeys.keys(tx).listByOrganization(ref.org().id()));
            });
    requirePreRelease(input.ref());
    Optional<VerifiedBundle> signature =
        bundles.verify(input.ref().org(), input.files(), input.keys());
    DossierCheckRun.Outcome outcome = runner.run(context.policy(), input.ref(), input.files());
    String filesDigest = CheckedFilesDigest.of(input.files());
    String rootDigest = signature.map(VerifiedBundle::rootDigest).orElse(null);
    context
        .db()
        .transaction(
            tx -> {
              ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
              requirePreRelease(ref);
              List<ReleaseFile> now = tx.releaseFiles().listByRelease(ref.release().id());
              if (!CheckedFilesDigest.of(now).equals(filesDigest)) {
                throw ApiException.conflict(
                    "changed_meanwhile",
                    "files of " + ref.label() + " were uploaded while it was being checked",
                    Map.of(),
                    "Run the check again.");
              }
              signature.ifPresent(verified -> requireStillActive(tx, verified));
              String policyId = outcome.report().policy().id();
              String policyVersion = outcome.report().policy().version();
              int tier = outcome.report().tier().tier().level();
              Release updated =
                  tx.releases()
                      .update(
                          ref.release()
                              .withTier(tier)
                              .withPolicy(policyId, policyVersion)
                              .withRootDigest(rootDigest));
              StoredCheckReport stored =
                  tx.checkReports()
                      .add(
                          updated.id(),
                          policyId,
                          policyVersion,
                          outcome.report().passed(),
                          outcome.json(),
                          filesDigest);
              Catalogs.facets(tx).put(outcome.facets().of(updated.id(), stored.id()));
              signature.ifPresent(
                  verified ->
                      SigningKeys.verifications(tx)
                          .add(
                              new BundleVerification(
                                  stored.id(),
                                  updated.id(),
                                  verified.key().id(),
                                  verified.bundlePath(),
                                  verified.bundleSha256(),
                                  verified.modelName(),
                                  verified.rootDigest(),
                                  verified.filesChecked(),
                                  verified.attestations(),
                                  stored.createdAt())));
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("passed", outcome.report().passed());
              details.put("tier", tier);
              details.put("policy", policyId + " " + policyVersion);
              details.put("filesDigest", filesDigest);
              if (signature.isPresent()) {
                details.put("rootDigest", rootDigest);
                details.put("signingKey", signature.get().key().id());
                details.put("filesVerified", signature.get().filesChecked());
              }
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

  /**
   * @throws ApiException 422 when the verifying key was revoked while the check ran
   */
  private static void requireStillActive(Repositories tx, VerifiedBundle verified) {
    boolean active =
        SigningKeys.keys(tx).find(verified.key().id()).filter(key -> !key.isRevoked()).isPresent();
    if (!active) {
      throw new ApiException(
          422,
          new ApiError(
              "signing_key_revoked",
              verified.bundlePath()
                  + " was signed with key '"
                  + verified.key().name()
                  + "', which was revoked while the release was being checked",
              Map.of("file", verified.bundlePath(), "key", verified.key().name()),
              "Sign the model folder again with an active key and upload the new bundle."));
    }
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
