package dev.clearance.store.release;

import dev.clearance.release.ReleaseState;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A version of a model with its dossier, moving through {@link ReleaseState}s (REV-1). Change one
 * with the {@code with…} methods and write it with {@link ReleaseRepository#update}, which expects
 * {@link #version()} to still be the stored version.
 *
 * @param versionLabel the release's version text (e.g. {@code 1.2.0}), unique per model
 * @param tier 1 to 4 once assessed, else {@code null}
 * @param policyId the policy the release is checked against, or {@code null}
 * @param policyVersion that policy's version, or {@code null}
 * @param rootDigest SHA-256 (lowercase hex) over the dossier's manifest, or {@code null}
 * @param submittedAt when it left draft, or {@code null}
 * @param windowStartedAt start of the review window (REV-2), or {@code null}
 * @param windowEndsAt end of the review window by the server's clock, or {@code null}
 * @param recommended whether this is the model's recommended release (one per model)
 * @param version optimistic-concurrency version, 1 when created
 */
public record Release(
    String id,
    String modelId,
    String versionLabel,
    ReleaseState state,
    Integer tier,
    String policyId,
    String policyVersion,
    String rootDigest,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant windowStartedAt,
    Instant windowEndsAt,
    boolean recommended,
    long version) {

  private static final Pattern LABEL = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException for a malformed version label, tier or digest, or a window
   *     that ends before it starts
   */
  public Release {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (versionLabel == null || !LABEL.matcher(versionLabel).matches()) {
      throw new IllegalArgumentException(
          "release version '"
              + String.valueOf(versionLabel).replaceAll("\\p{Cntrl}", "?")
              + "' is not allowed: 1 to 64 of letters, digits, '.', '_', '+', '-', starting with a"
              + " letter or digit");
    }
    if (tier != null && (tier < 1 || tier > 4)) {
      throw new IllegalArgumentException("release tier must be 1 to 4, was " + tier);
    }
    if (rootDigest != null && !HEX64.matcher(rootDigest).matches()) {
      throw new IllegalArgumentException(
          "release root digest must be 64 lowercase hex characters (SHA-256)");
    }
    if ((policyId == null) != (policyVersion == null)) {
      throw new IllegalArgumentException("policy id and policy version go together");
    }
    if (windowStartedAt != null && windowEndsAt != null && windowEndsAt.isBefore(windowStartedAt)) {
      throw new IllegalArgumentException(
          "review window ends (" + windowEndsAt + ") before it starts (" + windowStartedAt + ")");
    }
  }

  /** This release in {@code newState}. */
  public Release withState(ReleaseState newState) {
    return new Release(
        id,
        modelId,
        versionLabel,
        newState,
        tier,
        policyId,
        policyVersion,
        rootDigest,
        createdAt,
        updatedAt,
        submittedAt,
        windowStartedAt,
        windowEndsAt,
        recommended,
        version);
  }

  /** This release with tier {@code newTier} (1 to 4 or {@code null}). */
  public Release withTier(Integer newTier) {
    return new Release(
        id,
        modelId,
        versionLabel,
        state,
        newTier,
        policyId,
        policyVersion,
        rootDigest,
        createdAt,
        updatedAt,
        submittedAt,
        windowStartedAt,
        windowEndsAt,
        recommended,
        version);
  }

  /** This release checked against policy {@code id} at {@code policyVersion}. */
  public Release withPolicy(String newPolicyId, String newPolicyVersion) {
    return new Release(
        id,
        modelId,
        versionLabel,
        state,
        tier,
        newPolicyId,
        newPolicyVersion,
        rootDigest,
        createdAt,
        updatedAt,
        submittedAt,
        windowStartedAt,
        windowEndsAt,
        recommended,
        version);
  }

  /** This release with root digest {@code digest}. */
  public Release withRootDigest(String digest) {
    return new Release(
        id,
        modelId,
        versionLabel,
        state,
        tier,
        policyId,
        policyVersion,
        digest,
        createdAt,
        updatedAt,
        submittedAt,
        windowStartedAt,
        windowEndsAt,
        recommended,
        version);
  }

  /** This release submitted at {@code at}. */
  public Release withSubmittedAt(Instant at) {
    return new Release(
        id,
        modelId,
        versionLabel,
        state,
        tier,
        policyId,
        policyVersion,
        rootDigest,
        createdAt,
        updatedAt,
        at,
        windowStartedAt,
        windowEndsAt,
        recommended,
        version);
  }

  /** This release with review window {@code start} to {@code end}. */
  public Release withWindow(Instant start, Instant end) {
    return new Release(
        id,
        modelId,
        versionLabel,
        state,
        tier,
        policyId,
        policyVersion,
        rootDigest,
        createdAt,
        updatedAt,
        submittedAt,
        start,
        end,
        recommended,
        version);
  }
}
