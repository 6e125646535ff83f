package dev.clearance.server.audit;

import dev.clearance.store.Repositories;

/**
 * One consistency check between stored state and the audit log (ACC-1), run by {@code GET
 * /api/v1/log/state-check}. The Merkle tree makes edits of log rows detectable; a state check makes
 * a direct edit of a <em>decision row</em> (say a release's state) detectable too, because the row
 * no longer agrees with the last logged decision about it. Add a check for each table whose rows
 * are decisions (see {@link StateChecks#all}).
 */
public interface StateCheck {

  /** A short name, e.g. {@code releases}, shown in the report. */
  String name();

  /**
   * Runs the check in {@code tx} (read only).
   *
   * @return how many rows were checked and the mismatches found (at most {@link
   *     StateCheckResult#MAX_MISMATCHES})
   */
  StateCheckResult run(Repositories tx);
}
