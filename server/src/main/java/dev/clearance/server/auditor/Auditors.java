package dev.clearance.server.auditor;

import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditAttestationRepository;
import dev.clearance.store.auditor.AuditFirmRepository;
import dev.clearance.store.auditor.AuditorKeyRepository;
import dev.clearance.store.auditor.AuditorRepository;
import dev.clearance.store.auditor.ConflictRepository;
import dev.clearance.store.auditor.EngagementRepository;

/** The auditor feature's repositories in a transaction (or on a plain handle for reads). */
final class Auditors {

  private Auditors() {}

  static AuditFirmRepository firms(Repositories tx) {
    return new AuditFirmRepository(tx.handle(), tx.clock());
  }

  static AuditorRepository auditors(Repositories tx) {
    return new AuditorRepository(tx.handle(), tx.clock());
  }

  static AuditorKeyRepository keys(Repositories tx) {
    return new AuditorKeyRepository(tx.handle(), tx.clock());
  }

  static ConflictRepository conflicts(Repositories tx) {
    return new ConflictRepository(tx.handle(), tx.clock());
  }

  static EngagementRepository engagements(Repositories tx) {
    return new EngagementRepository(tx.handle(), tx.clock());
  }

  static AuditAttestationRepository attestations(Repositories tx) {
    return new AuditAttestationRepository(tx.handle(), tx.clock());
  }
}
