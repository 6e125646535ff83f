package dev.clearance.server.certification;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/** The certification endpoints (ACC-2); see docs/certification.md. */
public final class CertificationEndpoints {

  static final String TAG = "certification";
  static final String ORG_CERTIFICATIONS = "/api/v1/orgs/{org}/certifications";
  static final String CERTIFICATIONS = "/api/v1/certifications";
  static final String CERTIFICATION = CERTIFICATIONS + "/{certification}";

  private static final String REASON_EXAMPLE =
      "{\"reason\": \"The 2025 transparency report found undisclosed Tier 3 releases.\"}";

  private CertificationEndpoints() {}

  /** Every certification endpoint, each with its access rule. */
  public static List<Endpoint> list(RegistryContext context) {
    CertificationHandlers handlers = new CertificationHandlers(context);
    return List.of(
        Endpoint.withBody(
            Method.POST,
            ORG_CERTIFICATIONS,
            "requestCertification",
            TAG,
            "Attest the organization's compliance with the registry's framework version and ask"
                + " the stewards for certification (one open request or certification per"
                + " version)",
            Access.orgAdmin(),
            CertificationRequest.class,
            "{\"statement\": \"Every release since January follows rrf@2025.1: cards complete,"
                + " review windows held, findings answered.\"}",
            CertificationView.class,
            201,
            handlers::request),
        Endpoint.of(
            Method.GET,
            ORG_CERTIFICATIONS,
            "listOrganizationCertifications",
            TAG,
            "The organization's certifications, oldest first (paginated: limit, after); requests"
                + " and declined ones only to its members and stewards",
            Access.anyone(),
            CertificationList.class,
            handlers::listOfOrganization),
        Endpoint.withBody(
            Method.POST,
            ORG_CERTIFICATIONS + "/{certification}/withdraw",
            "withdrawCertification",
            TAG,
            "Withdraw the organization's request or certification, with a reason (If-Match"
                + " optional)",
            Access.orgAdmin(),
            ReasonRequest.class,
            "{\"reason\": \"We are reorganizing our release process.\"}",
            CertificationView.class,
            200,
            handlers::withdraw),
        Endpoint.of(
            Method.GET,
            CERTIFICATIONS,
            "listCertifications",
            TAG,
            "Certifications of every organization, oldest first (paginated: limit, after;"
                + " status=requested|certified|expired|declined|revoked|withdrawn)",
            Access.anyone(),
            CertificationList.class,
            handlers::list),
        Endpoint.of(
            Method.GET,
            CERTIFICATION,
            "getCertification",
            TAG,
            "One certification; ETag is its revision",
            Access.anyone(),
            CertificationView.class,
            handlers::get),
        Endpoint.withBody(
            Method.POST,
            CERTIFICATION + "/certify",
            "certify",
            TAG,
            "Certify a requested certification for validDays (default 365; If-Match optional)",
            Access.steward(),
            CertifyRequest.class,
            "{\"validDays\": 365}",
            CertificationView.class,
            200,
            handlers::certify),
        Endpoint.withBody(
            Method.POST,
            CERTIFICATION + "/decline",
            "declineCertification",
            TAG,
            "Decline a requested certification, with a reason (If-Match optional)",
            Access.steward(),
            ReasonRequest.class,
            REASON_EXAMPLE,
            CertificationView.class,
            200,
            handlers::decline),
        Endpoint.withBody(
            Method.POST,
            CERTIFICATION + "/revoke",
            "revokeCertification",
            TAG,
            "Revoke a certification that holds, with a reason (If-Match optional)",
            Access.steward(),
            ReasonRequest.class,
            REASON_EXAMPLE,
            CertificationView.class,
            200,
            handlers::revoke));
  }
}
