package dev.clearance.server.web.steward;

import dev.clearance.server.auditor.FirmView;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The stewards' auditor page ({@code /steward/auditors}): audit firms with their auditors, to
 * approve, suspend, reinstate or revoke (REV-6).
 */
public record AuditorsView(List<FirmView> firms, Pager pager) {

  public AuditorsView {
    firms = List.copyOf(firms);
  }
}
