package dev.clearance.server.audit;

import dev.clearance.ledger.note.NoteVerifier;
import java.util.List;

/** The state checks the registry runs; add one line here for each table of decisions. */
public final class StateChecks {

  private StateChecks() {}

  /**
   * The stored audit log against its own signed checkpoints and leaves, then each decision table
   * against the log.
   *
   * @param verifier the log's own checkpoint key
   */
  public static List<StateCheck> all(NoteVerifier verifier) {
    return List.of(
        new LogIntegrityCheck(verifier),
        new LatestEventCheck("releases", "releases", "id", "state", "release."),
        new LatestEventCheck("audit_firms", "audit_firms", "id", "status", "audit_firm."),
        new LatestEventCheck("auditors", "auditors", "user_id", "status", "auditor."));
  }
}
