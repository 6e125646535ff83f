package dev.clearance.policy;

import dev.clearance.document.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policies a registry knows by id and version (POL-1): the one new checks run under, and every
 * bundled version, so that a release checked under an earlier version is judged by the rules it was
 * checked against.
 */
public final class PolicyCatalog {

  private final Policy current;
  private final List<Policy> known;

  /**
   * @param current the policy new checks run under (bundled or the operator's own file)
   * @throws InputException when a bundled policy does not load (a broken build)
   */
  public PolicyCatalog(Policy current) throws InputException {
    this.current = Objects.requireNonNull(current, "current");
    List<Policy> all = new ArrayList<>(List.of(current));
    for (String name : PolicyLoader.bundledNames()) {
      all.add(PolicyLoader.bundled(name));
    }
    this.known = List.copyOf(all);
  }

  /** The policy new checks run under. */
  public Policy current() {
    return current;
  }

  /** The known policy with this id and version; the current one wins over a bundled one. */
  public Optional<Policy> find(String id, String version) {
    return known.stream()
        .filter(policy -> policy.id().equals(id) && policy.version().equals(version))
        .findFirst();
  }
}
