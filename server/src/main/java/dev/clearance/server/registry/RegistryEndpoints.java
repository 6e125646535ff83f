package dev.clearance.server.registry;

import dev.clearance.server.audit.LogEndpoints;
import dev.clearance.server.auditor.AuditorEndpoints;
import dev.clearance.server.catalog.CatalogEndpoints;
import dev.clearance.server.certification.CertificationEndpoints;
import dev.clearance.server.dashboard.DashboardEndpoints;
import dev.clearance.server.evaluator.EvaluatorEndpoints;
import dev.clearance.server.finding.FindingEndpoints;
import dev.clearance.server.identity.IdentityEndpoints;
import dev.clearance.server.incident.IncidentEndpoints;
import dev.clearance.server.notify.NotificationEndpoints;
import dev.clearance.server.release.ReleaseEndpoints;
import dev.clearance.server.review.GrantEndpoints;
import dev.clearance.server.rollout.RolloutEndpoints;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.signing.SigningKeyEndpoints;
import dev.clearance.server.transparency.TransparencyEndpoints;
import java.util.ArrayList;
import java.util.List;

/** Every endpoint of the registry, by feature; the one place where a feature's endpoints join. */
final class RegistryEndpoints {

  private RegistryEndpoints() {}

  static List<Endpoint> all(RegistryContext context) {
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.addAll(IdentityEndpoints.list(context));
    endpoints.addAll(ReleaseEndpoints.list(context));
    endpoints.addAll(LogEndpoints.list(context, context.ledger()));
    endpoints.addAll(SigningKeyEndpoints.list(context));
    endpoints.addAll(NotificationEndpoints.list(context));
    endpoints.addAll(EvaluatorEndpoints.list(context));
    endpoints.addAll(GrantEndpoints.list(context));
    endpoints.addAll(FindingEndpoints.list(context));
    endpoints.addAll(RolloutEndpoints.list(context));
    endpoints.addAll(AuditorEndpoints.list(context));
    endpoints.addAll(CatalogEndpoints.list(context));
    endpoints.addAll(DashboardEndpoints.list(context));
    endpoints.addAll(CertificationEndpoints.list(context));
    endpoints.addAll(IncidentEndpoints.list(context));
    endpoints.addAll(TransparencyEndpoints.list(context));
    return endpoints;
  }
}
