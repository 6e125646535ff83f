package dev.clearance.server.auditor;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.auditor.AuditFirm;

/**
 * The audit firms with their auditors (REV-6), public facts only. The API ({@code GET
 * /api/v1/audit-firms}) and the stewards' auditor page read them here.
 */
public final class FirmDirectory {

  private FirmDirectory() {}

  /** One page of the firms, each with all its auditors. */
  public static FirmList read(RegistryContext context, PageRequest request) {
    return StoreReads.read(
        context.db(),
        tx -> {
          Page<AuditFirm> page = Auditors.firms(tx).list(request);
          return new FirmList(
              page.items().stream().map(firm -> Lookups.firmView(tx, firm)).toList(),
              page.next().orElse(null));
        });
  }
}
