package dev.clearance.server.registry;

import dev.clearance.policy.Policy;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.audit.LedgerAuditLog;
import dev.clearance.server.notify.Notifier;
import dev.clearance.store.Database;
import dev.clearance.store.blob.BlobStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What the registry's endpoints share: the database, the file store, the audit log, the policy new
 * checks run under, the server's clock (the only source of time: REV-2), and the notifier that
 * features call inside their transactions (docs/notifications.md).
 *
 * @param workFolder scratch space for dossiers assembled for a check (under the data folder)
 * @param maxUploadBytes the largest file one upload may hold
 */
public record RegistryContext(
    Database db,
    BlobStore blobs,
    AuditLog audit,
    Policy policy,
    Clock clock,
    Path workFolder,
    long maxUploadBytes,
    Notifier notifier) {

  public RegistryContext {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(blobs, "blobs");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(workFolder, "workFolder");
    Objects.requireNonNull(notifier, "notifier");
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("max upload size must be positive");
    }
  }

  /**
   * The audit log as the ledger-backed log, for the log's read endpoints (checkpoints, proofs).
   *
   * @throws IllegalStateException if {@link #audit} is another implementation
   */
  public LedgerAuditLog ledger() {
    if (audit instanceof LedgerAuditLog ledger) {
      return ledger;
    }
    throw new IllegalStateException("the audit log is not a LedgerAuditLog: " + audit);
  }
}
