package dev.clearance.server.identity;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Endpoint;
import dev.clearance.store.Repositories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The identity part of the registry API (OPS-3): bootstrap of the first steward, sign-up, the
 * caller's profile and API tokens, password sessions, organizations and their members, and registry
 * roles. Every decision appends an audit event in the transaction of its change (ACC-1).
 */
public final class IdentityEndpoints {

  static final String IDENTITY = "identity";
  static final String ORGANIZATIONS = "organizations";

  private IdentityEndpoints() {}

  /** Every identity endpoint, each with its access rule. */
  public static List<Endpoint> list(RegistryContext context) {
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.addAll(AccountEndpoints.list(context));
    endpoints.addAll(EmailVerificationEndpoints.list(context));
    endpoints.addAll(TokenEndpoints.list(context));
    endpoints.addAll(SessionEndpoints.list(context));
    endpoints.addAll(OrganizationEndpoints.list(context));
    endpoints.addAll(MemberEndpoints.list(context));
    endpoints.addAll(RoleEndpoints.list(context));
    return List.copyOf(endpoints);
  }

  /** Appends a public (non-confidential) identity decision to the audit log in {@code tx}. */
  static void audit(
      RegistryContext context,
      Repositories tx,
      String actor,
      String action,
      String subject,
      String before,
      String after,
      String reason,
      Map<String, Object> details) {
    context
        .audit()
        .append(tx, new AuditEvent(actor, action, subject, before, after, reason, details, false));
  }
}
