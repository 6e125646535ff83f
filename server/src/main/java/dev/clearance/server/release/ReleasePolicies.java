package dev.clearance.server.release;

import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyCatalog;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.StoredCheckReport;
import java.util.Optional;

/**
 * The policy that governs a release (POL-1): the one its latest check report was made under, so a
 * release is judged by the rules it was checked against; the registry's current policy when there
 * is no report yet or the report's policy is no longer known.
 */
public final class ReleasePolicies {

  private final PolicyCatalog catalog;

  /** Over the bundled policies and {@code current}, the registry's policy. */
  public ReleasePolicies(Policy current) {
    try {
      this.catalog = new PolicyCatalog(current);
    } catch (InputException brokenBuild) {
      throw new IllegalStateException("a bundled policy does not load", brokenBuild);
    }
  }

  /** The policy of a release whose latest report is {@code report}. */
  public Policy of(Optional<StoredCheckReport> report) {
    return report
        .flatMap(found -> catalog.find(found.policyId(), found.policyVersion()))
        .orElse(catalog.current());
  }

  /** The policy of {@code release}, from its latest check report in {@code tx}. */
  public Policy of(Repositories tx, Release release) {
    return of(tx.checkReports().latest(release.id()));
  }
}
