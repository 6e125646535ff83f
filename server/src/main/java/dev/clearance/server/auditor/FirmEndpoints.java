package dev.clearance.server.auditor;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/** The endpoints of audit firms, their auditors and their declared conflicts (REV-6). */
final class FirmEndpoints {

  static final String TAG = "auditors";
  private static final String FIRMS = "/api/v1/audit-firms";
  private static final String FIRM = FIRMS + "/{firm}";
  private static final String AUDITOR = FIRM + "/auditors/{user}";
  private static final String STATUS_EXAMPLE =
      "{\"status\": \"suspended\", \"reason\": \"independence review after a complaint\"}";

  private FirmEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    FirmHandlers firms = new FirmHandlers(context);
    AuditorHandlers auditors = new AuditorHandlers(context);
    ConflictHandlers conflicts = new ConflictHandlers(context);
    return List.of(
        Endpoint.withBody(
            Method.POST,
            FIRMS,
            "createAuditFirm",
            TAG,
            "Approve an audit firm (name, website, description; public facts only)",
            Access.steward(),
            FirmRequest.class,
            "{\"slug\": \"northwind-audit\", \"name\": \"Northwind Audit LLP\", \"website\":"
                + " \"https://northwind-audit.example\", \"description\": \"Safety and bias audits"
                + " of language models\"}",
            FirmView.class,
            201,
            firms::create),
        Endpoint.of(
            Method.GET,
            FIRMS,
            "listAuditFirms",
            TAG,
            "Audit firms with their auditors and status (paginated: limit, after)",
            Access.anyone(),
            FirmList.class,
            firms::list),
        Endpoint.of(
            Method.GET,
            FIRM,
            "getAuditFirm",
            TAG,
            "An audit firm with its auditors and status; ETag is its revision",
            Access.anyone(),
            FirmView.class,
            firms::get),
        Endpoint.withBody(
            Method.POST,
            FIRM + "/status",
            "setAuditFirmStatus",
            TAG,
            "Suspend, reinstate (active) or revoke (final) an audit firm with a reason"
                + " (If-Match optional)",
            Access.steward(),
            StatusRequest.class,
            STATUS_EXAMPLE,
            FirmView.class,
            200,
            firms::status),
        Endpoint.of(
            Method.PUT,
            AUDITOR,
            "approveAuditor",
            TAG,
            "Make an existing user an auditor of the firm (they get the registry role auditor):"
                + " 201, or 200 when they already are",
            Access.steward(),
            AuditorView.class,
            201,
            auditors::approve),
        Endpoint.withBody(
            Method.POST,
            AUDITOR + "/status",
            "setAuditorStatus",
            TAG,
            "Suspend, reinstate (active) or revoke (final) an auditor with a reason; the auditor"
                + " role goes and comes with it (If-Match optional)",
            Access.steward(),
            StatusRequest.class,
            STATUS_EXAMPLE,
            AuditorView.class,
            200,
            auditors::status),
        Endpoint.of(
            Method.GET,
            FIRM + "/conflicts",
            "listAuditFirmConflicts",
            TAG,
            "Conflicts of interest declared by the firm and its auditors, withdrawn ones"
                + " included, with whether each counts now",
            Access.anyone(),
            ConflictList.class,
            conflicts::list));
  }
}
