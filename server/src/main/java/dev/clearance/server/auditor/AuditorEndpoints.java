package dev.clearance.server.auditor;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Every endpoint of third-party audits (issue 6 item 5; REV-6, ACC-4, OPS-3): firms and auditors
 * ({@link FirmEndpoints}), what auditors do for themselves ({@link AuditorSelfEndpoints}) and a
 * release's engagements. Release-scoped reads follow the release's visibility (404 before release
 * for callers without a right).
 */
public final class AuditorEndpoints {

  private static final String ENGAGEMENTS =
      "/api/v1/orgs/{org}/models/{model}/releases/{version}/engagements";

  private AuditorEndpoints() {}

  /** The endpoints, each with its access rule. */
  public static List<Endpoint> list(RegistryContext context) {
    EngagementHandlers engagements = new EngagementHandlers(context);
    ReportHandlers reports = new ReportHandlers(context);
    AttestationHandlers attestations = new AttestationHandlers(context);
    List<Endpoint> endpoints = new ArrayList<>(FirmEndpoints.list(context));
    endpoints.addAll(AuditorSelfEndpoints.list(context));
    endpoints.addAll(
        List.of(
            Endpoint.withBody(
                Method.POST,
                ENGAGEMENTS,
                "requestEngagement",
                FirmEndpoints.TAG,
                "Engage an approved auditor for the release; 409 auditor_conflicted (with the"
                    + " conflict's kind and organization) when they or their firm may not audit it",
                Access.releaser(),
                EngagementRequest.class,
                "{\"auditor\": \"alice\", \"scope\": \"dangerous capability and bias evaluation"
                    + " of the released weights\"}",
                EngagementView.class,
                201,
                engagements::request),
            Endpoint.of(
                Method.GET,
                ENGAGEMENTS,
                "listReleaseEngagements",
                FirmEndpoints.TAG,
                "The release's engagements with reports and attestations, and whether a valid"
                    + " attestation covers its current root digest (and why not)",
                Access.anyone(),
                ReleaseAuditView.class,
                engagements::listForRelease),
            Endpoint.of(
                Method.GET,
                ENGAGEMENTS + "/{engagement}/report",
                "downloadAuditReport",
                FirmEndpoints.TAG,
                "The bytes of the engagement's audit report (409 no_report before one is filed)",
                Access.anyone(),
                byte[].class,
                reports::download),
            Endpoint.of(
                Method.GET,
                ENGAGEMENTS + "/{engagement}/attestation",
                "downloadAuditAttestation",
                FirmEndpoints.TAG,
                "The engagement's latest signed attestation, for clearance verify --attestation"
                    + " (409 no_attestation before one is filed)",
                Access.anyone(),
                Object.class,
                attestations::download)));
    return endpoints;
  }
}
