package dev.clearance.store.finding;

/**
 * Which findings of a release a list shows; null parts match everything.
 *
 * @param state the findings in this state
 * @param duplicate true: only duplicates; false: only findings that are not duplicates
 * @param severity the findings of this severity id
 */
public record FindingFilter(FindingState state, Boolean duplicate, String severity) {

  /** Every finding. */
  public static final FindingFilter ALL = new FindingFilter(null, null, null);
}
