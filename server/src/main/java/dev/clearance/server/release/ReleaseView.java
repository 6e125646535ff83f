package dev.clearance.server.release;

import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;

/**
 * A release as the API shows it (REV-1, REV-2).
 *
 * @param id the release's opaque id: the subject of its audit log entries ({@code GET
 *     /api/v1/log/subjects/{id}}, {@code …/log-evidence})
 * @param version the release's version label, e.g. {@code 1.0.0}
 * @param state the life-cycle state, e.g. {@code in_review}
 * @param tier 1 to 4 from the latest check report, absent before the first check
 * @param policy the policy of the latest check report, absent before the first check
 * @param rootDigest the OMS root digest (SHA-256, hex) of the model as signed in the signature
 *     bundle the latest check verified (what {@code clearance digest} prints for the model folder);
 *     absent when that check verified no bundle
 * @param windowStart start of the community review window (server time), once started
 * @param windowEnd end of that window
 * @param recommended whether this is the model's recommended release
 * @param revision optimistic-concurrency version, also sent as {@code ETag: "<revision>"}
 * @param signature the signature the latest check verified and how to verify it offline; absent
 *     when it verified none
 */
public record ReleaseView(
    String id,
    String org,
    String model,
    String version,
    String state,
    Integer tier,
    PolicyView policy,
    String rootDigest,
    String submittedAt,
    String windowStart,
    String windowEnd,
    boolean recommended,
    String createdAt,
    String updatedAt,
    long revision,
    SignatureView signature) {

  /** The policy a release was checked under. */
  public record PolicyView(String id, String version) {}

  /** The release with the signature of its latest check, read in {@code tx}. */
  public static ReleaseView of(Repositories tx, ReleaseRef ref) {
    SignatureView signature =
        SigningKeys.verifications(tx)
            .latestOfRelease(ref.release().id())
            .flatMap(
                verification ->
                    SigningKeys.keys(tx)
                        .find(verification.keyId())
                        .map(key -> SignatureView.of(ref, verification, key)))
            .orElse(null);
    return of(ref, signature);
  }

  /** The view of a release that has no verified signature bundle (e.g. a new draft). */
  static ReleaseView unsigned(ReleaseRef ref) {
    return of(ref, null);
  }

  private static ReleaseView of(ReleaseRef ref, SignatureView signature) {
    Release release = ref.release();
    return new ReleaseView(
        release.id(),
        ref.org().slug(),
        ref.model().name(),
        release.versionLabel(),
        release.state().wireName(),
        release.tier(),
        release.policyId() == null
            ? null
            : new PolicyView(release.policyId(), release.policyVersion()),
        release.rootDigest(),
        Times.iso(release.submittedAt()),
        Times.iso(release.windowStartedAt()),
        Times.iso(release.windowEndsAt()),
        release.recommended(),
        Times.iso(release.createdAt()),
        Times.iso(release.updatedAt()),
        release.version(),
        signature);
  }
}
