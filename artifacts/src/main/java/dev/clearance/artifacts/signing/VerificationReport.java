package dev.clearance.artifacts.signing;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of verifying a model folder against its signed bundle and attestations. Verified
 * exactly when there are no problems and no added, removed or changed files.
 *
 * @param modelName the signed model name
 * @param signedRootDigest the root digest the signer signed, or empty if the signature failed
 * @param computedRootDigest the root digest of the folder as found, or empty if not computed
 * @param added files in the folder that were not signed
 * @param removed signed files missing from the folder
 * @param changed files whose content differs from what was signed
 * @param problems signature, card or report failures, one sentence each
 * @param confirmed what was checked and matched, e.g. {@code card README.md}
 */
public record VerificationReport(
    String modelName,
    String signedRootDigest,
    String computedRootDigest,
    List<String> added,
    List<String> removed,
    List<String> changed,
    List<String> problems,
    List<String> confirmed) {

  public VerificationReport {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(signedRootDigest, "signedRootDigest");
    Objects.requireNonNull(computedRootDigest, "computedRootDigest");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    problems = List.copyOf(problems);
    confirmed = List.copyOf(confirmed);
  }

  /** Whether everything matched. */
  public boolean verified() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && problems.isEmpty();
  }
}
