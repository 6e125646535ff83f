package dev.clearance.server.review;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/**
 * The endpoints of evaluators' access to pre-release material (issue 6 item 2; REV-2, REV-3): the
 * releases in review, access requests, the organization's grant decisions and the access log.
 */
public final class GrantEndpoints {

  private static final String RELEASE = "/api/v1/orgs/{org}/models/{model}/releases/{version}";
  private static final String GRANT = RELEASE + "/grants/{grant}";

  private GrantEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    ReleasePolicies policies = new ReleasePolicies(context.policy());
    AccessRequestHandlers requests = new AccessRequestHandlers(context, policies);
    GrantDecisionHandlers decisions = new GrantDecisionHandlers(context, policies);
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/reviews",
            "listOpenReviews",
            "review",
            "Releases whose community review window is open (vetted evaluators and stewards;"
                + " paginated)",
            Access.evaluatorOrSteward(),
            OpenReviewList.class,
            requests::openReviews),
        Endpoint.withBody(
            Method.POST,
            RELEASE + "/access-requests",
            "requestAccess",
            "review",
            "A vetted evaluator asks for time-boxed access to a release in review",
            Access.signedIn(),
            AccessRequestBody.class,
            "{\"purpose\": \"bias evaluation with BBQ and our own probes\", \"days\": 30}",
            GrantView.class,
            201,
            requests::request),
        Endpoint.of(
            Method.GET,
            "/api/v1/me/grants",
            "listMyGrants",
            "review",
            "The caller's access grants with status and expiry (paginated)",
            Access.signedIn(),
            GrantList.class,
            requests::mine),
        Endpoint.of(
            Method.GET,
            RELEASE + "/grants",
            "listReleaseGrants",
            "review",
            "The release's access grants and requests (paginated)",
            Access.releaserOrSteward(),
            GrantList.class,
            decisions::list),
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs/{org}/access-requests",
            "listOrganizationAccessRequests",
            "review",
            "Access requests waiting for the organization's decision, across its releases, oldest"
                + " first (paginated)",
            Access.releaserOrSteward(),
            GrantList.class,
            decisions::waiting),
        Endpoint.withBody(
            Method.POST,
            RELEASE + "/grants",
            "grantAccess",
            "review",
            "Grant a vetted evaluator access to the release's pre-release material",
            Access.releaser(),
            AccessRequestBody.class,
            "{\"evaluator\": \"ada\", \"days\": 30}",
            GrantView.class,
            201,
            decisions::grant),
        Endpoint.withBody(
            Method.POST,
            GRANT + "/approve",
            "approveAccess",
            "review",
            "Approve an evaluator's access request",
            Access.releaser(),
            GrantDecisionBody.class,
            "{\"days\": 30}",
            GrantView.class,
            200,
            decisions::approve),
        Endpoint.withBody(
            Method.POST,
            GRANT + "/decline",
            "declineAccess",
            "review",
            "Decline an evaluator's access request, with a reason",
            Access.releaser(),
            GrantDecisionBody.class,
            "{\"reason\": \"the evaluator works for a competitor\"}",
            GrantView.class,
            200,
            decisions::decline),
        Endpoint.withBody(
            Method.POST,
            GRANT + "/revoke",
            "revokeAccess",
            "review",
            "End an evaluator's access now, with a reason (organization or steward)",
            Access.releaserOrSteward(),
            GrantDecisionBody.class,
            "{\"reason\": \"shared the weights outside the review\"}",
            GrantView.class,
            200,
            decisions::revoke),
        Endpoint.of(
            Method.GET,
            RELEASE + "/access-log",
            "listReleaseAccessLog",
            "review",
            "Every view and download of the release's material made under a grant (paginated)",
            Access.releaserOrSteward(),
            AccessEventList.class,
            decisions::accessLog));
  }
}
